package org.rightbalance.casedata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing temporary folders. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes the folder and everything in it, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind does no harm
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
