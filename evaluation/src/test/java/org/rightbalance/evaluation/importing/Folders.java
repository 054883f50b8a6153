package org.rightbalance.evaluation.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What import tests compare: a folder's files. */
final class Folders {

    private Folders() {
    }

    /**
     * Each file's bytes, one char per byte (ISO-8859-1), so equal snapshots mean byte-identical files; empty when the
     * folder does not exist.
     */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
