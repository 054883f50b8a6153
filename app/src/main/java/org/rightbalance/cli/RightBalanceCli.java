package org.rightbalance.cli;

import org.rightbalance.stats.data.InvalidDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code rightbalance} command: one entry point for every feature.
 *
 * <p>Known failures (bad input, a bad option) become one line on standard error and exit code
 * {@value #EXIT_BAD_INPUT}; anything else is a bug, reported in one line with exit code
 * {@value #EXIT_BUG} (set {@code RIGHTBALANCE_DEBUG=1} to see the stack trace).
 */
@Command(name = "rightbalance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run and evaluate an intensive family-support programme for Children in Need.",
        subcommands = {DemoCommand.class, ServeCommand.class, EvaluateCommand.class, ImportCommand.class, PseudonymiseCommand.class,
            SynthCommand.class, StatsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class RightBalanceCli implements Runnable {

    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_BUG = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line in-process, writing to the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RightBalanceCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(describe(ex));
            if (System.getenv("RIGHTBALANCE_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return isUserError(ex) ? EXIT_BAD_INPUT : EXIT_BUG;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("rightbalance: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return EXIT_BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static boolean isUserError(Throwable ex) {
        return ex instanceof InvalidDataException || ex instanceof IllegalArgumentException
                || ex instanceof UserInputException || ex instanceof UncheckedIOException;
    }

    private static String describe(Throwable ex) {
        if (isUserError(ex)) {
            String message = ex.getMessage();
            if (ex instanceof UncheckedIOException io && io.getCause() != null) {
                message = io.getCause().getMessage();
            }
            return "rightbalance: " + message;
        }
        return "rightbalance: internal error (" + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + "). This is a bug: please report it with the command you ran.";
    }
}
