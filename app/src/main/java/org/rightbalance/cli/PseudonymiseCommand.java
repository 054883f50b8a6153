package org.rightbalance.cli;

import org.rightbalance.evaluation.pseudonymisation.PseudonymisationKey;
import org.rightbalance.evaluation.pseudonymisation.PseudonymisedExport;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code rightbalance pseudonymise}: an extract for evaluators, with nothing that identifies a child. */
@Command(name = "pseudonymise", mixinStandardHelpOptions = true,
        header = "Write a pseudonymised copy of an extract for evaluators.",
        description = {"Reads the extract in IN_DIR (docs/data-format.md) and writes to --out the same layout with every",
            "identifier replaced by a keyed pseudonym (HMAC-SHA256 with the council's secret), the date of birth",
            "replaced by the age at each referral, and nationality reduced to British or empty; only allow-listed",
            "columns are written (docs/pseudonymisation.md). The evaluation gives the same results on it.",
            "--out must be new or empty; it is written all or nothing. The key is never printed."},
        footer = {"", "Example: openssl rand -base64 48 > council.key && rightbalance pseudonymise --key-file council.key extract/ --out for-evaluators/"})
final class PseudonymiseCommand implements Runnable {

    /** Where the key comes from: exactly one. */
    static final class KeySource {
        @Option(names = "--key-file", required = true, paramLabel = "FILE",
                description = "File holding the council's secret key (at least 32 bytes; a trailing line break is ignored).")
        Path file;

        @Option(names = "--key-env", required = true, paramLabel = "VARIABLE",
                description = "Environment variable holding the key instead, e.g. " + PseudonymisationKey.ENVIRONMENT_VARIABLE + ".")
        String variable;

        PseudonymisationKey key() {
            return file != null ? PseudonymisationKey.fromFile(file)
                    : PseudonymisationKey.fromEnvironment(System.getenv(), variable);
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource keySource;

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "The extract folder to pseudonymise.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT_DIR", description = "New or empty folder for the pseudonymised extract.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PseudonymisedExport.Summary s = PseudonymisedExport.write(in, out, keySource.key(), ValidationPolicy.STOP);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Pseudonymised %s into %s: %,d people, %,d referrals, %,d CIN plans, %,d CP plans, %,d care episodes, "
                        + "%,d programme flags; no date of birth, identifiers replaced by keyed pseudonyms.%n", in, out,
                s.people(), s.referrals(), s.cinPlans(), s.cpPlans(), s.careEpisodes(), s.participations());
        if (s.childrenWithSameDayReferrals() > 0) {
            w.printf("Note: %,d children have two referrals on one day; which of them is the key referral follows the "
                    + "referral ids, so it may differ on the pseudonymised extract (docs/pseudonymisation.md).%n",
                    s.childrenWithSameDayReferrals());
        }
        w.flush();
    }
}
