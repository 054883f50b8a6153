package org.rightbalance.casedata;

import org.rightbalance.demo.DemoCasesSeeded;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * On the first start of the embedded demo, after the demo cases are seeded, generates the synthetic
 * Camden-like council of the 2020 evaluation (about 1,900 children known to social care, 7,100
 * referrals, of whom the programme's children are flagged; every record invented) and imports it,
 * so that the programme page has outcomes to show and the evaluation has a comparison group.
 * Off when {@code rightbalance.demo.council=false} (the tests).
 */
@Component
class DemoCouncil {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCouncil.class);
    static final long SEED = 2020;

    private final SsdDatabaseImport importer;
    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final boolean enabled;

    DemoCouncil(SsdDatabaseImport importer, JdbcClient jdbc, PlatformTransactionManager transactions,
                @Value("${rightbalance.demo.council:true}") boolean enabled) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
    }

    /** After the demo seeding has committed, in a transaction of its own. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void seedCouncil(DemoCasesSeeded seeded) {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rightbalance-demo-council");
            SyntheticCouncil.write(folder, Profile.named("camden-2020"), SEED, 1);
            List<Long> teams = jdbc.sql("select id from team order by id").query(Long.class).list();
            Path extract = folder;
            SsdDatabaseImport.Result result = newTransaction.execute(status -> importer.importFolder(extract, teams));
            LOG.info("Imported the synthetic demo council in {} ms: {}", (System.nanoTime() - start) / 1_000_000, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                FileTrees.deleteQuietly(folder);
            }
        }
    }
}
