package org.rightbalance.cli;

import org.rightbalance.evaluation.importing.ExtractMerger;
import org.rightbalance.evaluation.importing.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The evaluation input folder to create or add to.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the import report as JSON: per "
            + "file and table, the records added, updated (a later collection year), unchanged and kept newer.")
    Path report;

    @Override
    public void run() {
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
}
