package org.rightbalance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rightbalance demo}: the main job on embedded synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate synthetic council data, match and evaluate it, and print the results.")
final class DemoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("demo: not yet wired");
    }
}
