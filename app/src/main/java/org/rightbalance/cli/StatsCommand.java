package org.rightbalance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rightbalance stats …}: the statistics engine on a CSV file. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = "Run one method of the statistics engine on a CSV file.",
        subcommands = {CemCommand.class, BalanceCommand.class, OlsCommand.class, LogitCommand.class, PowerCommand.class, EValueCommand.class})
final class StatsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
