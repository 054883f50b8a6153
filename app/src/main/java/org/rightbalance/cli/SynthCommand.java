package org.rightbalance.cli;

import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code rightbalance synth}: a synthetic council extract, so anyone can run an evaluation. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        header = "Generate a synthetic council extract (no real person).",
        description = {"Generate a synthetic Standard Safeguarding Dataset extract (no real person) for a council",
            "calibrated to the 2020 evaluation (docs/calibration.md). --scale multiplies it towards national size",
            "(about 700 gives 5 million referrals)."})
final class SynthCommand implements Runnable {

    @Option(names = "--profile", defaultValue = "camden-2020", description = "Calibration profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--seed", defaultValue = "2020", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "1", description = "Size multiplier (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the CSV files to.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        SyntheticCouncil.Summary s;
        try {
            s = SyntheticCouncil.write(out, Profile.named(profile), seed, scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().printf("Wrote %s: %,d people in %,d families, %,d referrals, %,d CIN plans, "
                        + "%,d CP plans, %,d care episodes, %,d programme flags (cohorts: %,d treated, %,d comparison).%n",
                out, s.people(), s.families(), s.referrals(), s.cinPlans(), s.cpPlans(), s.careEpisodes(),
                s.participations(), s.cohortTreated(), s.cohortComparison());
        spec.commandLine().getOut().flush();
    }
}
