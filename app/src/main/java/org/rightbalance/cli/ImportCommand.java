package org.rightbalance.cli;

import org.rightbalance.RightBalanceApplication;
import org.rightbalance.system.ForbiddenException;
import org.rightbalance.casedata.ImportService;
import org.rightbalance.evaluation.importing.ExtractMerger;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.context.ConfigurableApplicationContext;
import org.rightbalance.evaluation.importing.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code rightbalance import}: a council's returns into one evaluation input folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Import a council's returns into an evaluation input folder, all or nothing.",
        description = {"Validates every file and merges it with what --out already holds (so several sources build one",
            "input); on any problem nothing is changed. Importing the same files again changes nothing.",
            "Formats: ssd (a Standard Safeguarding Dataset folder, docs/data-format.md),",
            "ssda903 (looked-after children: a folder with Header.csv and Episodes.csv, or an XML file, docs/ssda903.md),",
            "cin-census (Children in Need census XML, 2017/18 to 2025/26, docs/cin-census.md)."},
        footer = {"", "Example: rightbalance import --format ssd extract/ --out input && rightbalance import --format ssda903 903/ --out input"})
final class ImportCommand implements Runnable {

    @Option(names = "--format", required = true, paramLabel = "ssd|ssda903|cin-census", description = "The format of the files.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to import.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "The evaluation input folder to create or add to.")
    Path out;

    @Option(names = "--into-app", description = "Import into the case-work application's database instead (as an "
            + "administrator does on its import page: all or nothing, audited), for returns too large to upload. "
            + "Needs --as and --team; the embedded database must not be in use by a running 'serve'.")
    boolean intoApp;

    @Option(names = "--as", paramLabel = "USERNAME", description = "With --into-app: the administrator's account the "
            + "import is recorded under in the audit trail.")
    String as;

    @Option(names = "--team", paramLabel = "NAME", description = "With --into-app: the team that holds the programme "
            + "cases of the children taking part.")
    String team;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "With --into-app: the folder of the embedded "
            + "database (default: ~/.rightbalance, as 'serve'); SPRING_DATASOURCE_URL selects PostgreSQL instead.")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the import report as JSON: per "
            + "file and table, the records added, updated (a later collection year), unchanged and kept newer.")
    Path report;

    @Override
    public void run() {
        if (intoApp == (out != null)) {
            throw new UserInputException("give either --out DIR (an evaluation input folder) or --into-app (the "
                    + "application's database)");
        }
        if (intoApp) {
            intoApplication();
            return;
        }
        ExtractMerger.Imported imported = Importer.run(new Importer.Request(Importer.Format.parse(format), files, out));
        var e = imported.totals();
        var w = spec.commandLine().getOut();
        w.println(imported.report().summary());
        w.printf("Imported into %s: %,d people, %,d referrals, %,d CIN plans, %,d CP plans, "
                        + "%,d care episodes, %,d programme flags.%n", out, e.people(), e.referrals(),
                e.cinPlans(), e.cpPlans(), e.careEpisodes(), e.participation());
        if (report != null) {
            try {
                Path parent = report.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(report, Json.write(imported.report()) + "\n");
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write " + report + ": " + x.getMessage(), x);
            }
            w.println("Report: " + report);
        }
        w.flush();
    }

    /** The application's own import, in a context without a web server; see {@link ImportService#importFiles}. */
    private void intoApplication() {
        if (as == null || team == null) {
            throw new UserInputException("--into-app needs --as USERNAME (an administrator) and --team NAME");
        }
        Importer.Format parsed = Importer.Format.parse(format);
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off", "--rightbalance.demo.seed=false", "--rightbalance.demo.council=false",
                "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=ERROR"));
        if (dataDir != null) {
            args.add("--rightbalance.data-dir=" + dataDir.toAbsolutePath());
        }
        var w = spec.commandLine().getOut();
        ImportService.Report report;
        try (ConfigurableApplicationContext context = RightBalanceApplication.start(args.toArray(String[]::new))) {
            // a national file takes minutes: say what is happening before it starts
            w.println("Checking every rule of " + files.size() + (files.size() == 1 ? " file" : " files")
                    + ", then loading into the application's database in one transaction ...");
            w.flush();
            report = context.getBean(ImportService.class).importFiles(as, parsed, files, team);
        } catch (InvalidRequestException e) {
            throw new UserInputException(e.getMessage());
        } catch (ForbiddenException e) {
            throw new UserInputException("the account '" + as + "' may not import: name an administrator's account");
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getMessage() != null && cause.getMessage().contains("Database may be already in use")) {
                    throw new UserInputException("the embedded database is in use, probably by a running 'serve': "
                            + "stop it, or upload the file on the application's import page");
                }
            }
            throw e;
        }
        if (report.result().isPresent()) {
            w.println("Imported into the application's database: " + report.result().get().describe());
        } else {
            w.println(report.summary());
            report.findings().stream().limit(20).forEach(f -> w.println("  " + f.describe()));
            if (report.problemCount() > 20) {
                w.printf("  ... and %,d more%n", report.problemCount() - 20);
            }
            w.flush();
            throw new UserInputException("nothing was imported: " + report.problemCount() + " problem(s)");
        }
        w.flush();
    }
}
