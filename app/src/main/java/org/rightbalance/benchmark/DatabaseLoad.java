package org.rightbalance.benchmark;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.rightbalance.casedata.SsdDatabaseImport;
import org.rightbalance.evaluation.importing.Importer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The application's import of a census file into its database, outside the web server so that it can run alone under
 * a small heap: the streaming import into an SSD folder and a new embedded H2 database (file mode, as {@code serve}
 * uses, migrated by the application's Flyway scripts) are prepared first, untimed; {@link #load} is the timed part,
 * {@link SsdDatabaseImport#importFolder} in one transaction, as the administrator's upload runs it.
 */
final class DatabaseLoad {

    private final Path work;
    private final Path folder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final long teamId;

    private DatabaseLoad(Path work, Path folder, JdbcDataSource dataSource) {
        this.work = work;
        this.folder = folder;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.update("insert into team (name) values ('Imported')");
        this.teamId = Objects.requireNonNull(jdbc.queryForObject("select id from team where name = 'Imported'",
                Long.class));
    }

    static DatabaseLoad prepare(Path census) {
        try {
            Path work = Files.createTempDirectory(census.toAbsolutePath().getParent(), ".database-load");
            Path folder = work.resolve("ssd");
            Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(census), folder));
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + work.resolve("db").toAbsolutePath()
                    + "/rightbalance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            dataSource.setUser("rightbalance");
            dataSource.setPassword("");
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
            return new DatabaseLoad(work, folder, dataSource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the database load: " + e.getMessage(), e);
        }
    }

    /** Loads the folder; returns how many children were added. */
    long load() {
        SsdDatabaseImport.Result result = transaction.execute(status ->
                new SsdDatabaseImport(jdbc).importFolder(folder, List.of(teamId)));
        return Objects.requireNonNull(result).childrenAdded();
    }

    void delete() {
        jdbc.execute("shutdown");
        try (var paths = Files.walk(work)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + work + ": " + e.getMessage(), e);
        }
    }
}
