package org.rightbalance.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The application started as a server in its own JVM, on a fresh database, for as long as a benchmark runs. */
public final class WebServerProcess {

    private WebServerProcess() {
    }

    public static <T> T withServer(List<String> java, int port, Path dataDir, PrintWriter progress, Supplier<T> work) {
        deleteRecursively(dataDir);
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("serve", "--port", String.valueOf(port), "--data-dir", dataDir.toAbsolutePath().toString()));
        Process server;
        try {
            Files.createDirectories(dataDir);
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("server.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            waitUntilUp(server, URI.create("http://localhost:" + port + "/sign-in"), dataDir.resolve("server.log"));
            progress.println("Server up on port " + port + " (log: " + dataDir.resolve("server.log") + ")");
            progress.flush();
            return work.get();
        } finally {
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void waitUntilUp(Process server, URI uri, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server");
            }
        }
        throw new IllegalStateException("the server did not answer on " + uri + " within 3 minutes; see " + log);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
