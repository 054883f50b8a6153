package org.rightbalance.cli;

import org.rightbalance.RightBalanceApplication;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code rightbalance serve}: the case-work web application and REST API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Start the case-work web application and its REST API.",
        description = {"Without settings it runs on an embedded database kept in --data-dir and seeds synthetic demo",
            "families on first start. For production set SPRING_DATASOURCE_URL (PostgreSQL) and the other",
            "settings in docs/operations.md. Stop it with Ctrl+C."})
final class ServeCommand implements Runnable {

    @Option(names = "--port", description = "HTTP port (default: 8080, or the PORT environment variable).")
    Integer port;

    @Option(names = "--data-dir", description = "Folder of the embedded database (default: ~/.rightbalance).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        start(port, dataDir);
        spec.commandLine().getOut().println("Right Balance is running at " + ServeCommand.url(port)
                + " (sign-in names and the demo password are in the log above; Ctrl+C stops it).");
        spec.commandLine().getOut().flush();
        waitForever();
    }

    static void start(Integer port, Path dataDir) {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--rightbalance.data-dir=" + dataDir.toAbsolutePath());
        }
        try {
            RightBalanceApplication.start(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException portInUse) {
                    throw new UserInputException("port " + portInUse.getPort()
                            + " is already in use: stop what is using it, or choose another with --port");
                }
            }
            throw e;
        }
    }

    static String url(Integer port) {
        String env = System.getenv("PORT");
        int p = port != null ? port : env != null ? Integer.parseInt(env) : 8080;
        return "http://localhost:" + p + "/";
    }

    static void waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
