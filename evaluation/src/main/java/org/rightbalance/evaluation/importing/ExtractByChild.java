package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads an evaluation input folder one child at a time, in child id order: each call gets one child's person row and
 * every row of the other six tables that names that child.
 *
 * <p>A folder an import wrote ({@link Importer}) is regrouped through run files ({@link ImportedFolder}, {@link
 * ChildRows}), so memory does not grow with the folder: this is how the application loads a council's returns into its
 * database. Any other folder is read whole with {@link SsdReader}, every rule checked, and grouped in memory.
 */
public final class ExtractByChild {

    /** Characters of rows held before they are sorted into a run file. */
    private static final long BUDGET_CHARS = 8_000_000;

    private ExtractByChild() {
    }

    /**
     * Calls {@code child} with each child's records of the valid SSD folder {@code folder}, in child id order.
     *
     * @throws org.rightbalance.evaluation.ssd.InvalidExtractException if a folder not written by an import breaks a
     *                                                                 rule (nothing is passed to {@code child} then)
     */
    public static void forEach(Path folder, Consumer<SsdExtract> child) {
        Path runs = null;
        try {
            runs = Files.createTempDirectory("rightbalance-by-child");
            ChildRows rows = new ChildRows(runs, "folder", BUDGET_CHARS);
            try {
                ImportedFolder.readInto(folder, rows);
            } catch (ImportedFolder.NotImported e) {
                rows.discard();
                inMemory(folder, child);
                return;
            }
            try (ChildRows.Groups groups = rows.groups()) {
                for (ChildRows.Group g = groups.next(); g != null; g = groups.next()) {
                    child.accept(g.records());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        } finally {
            if (runs != null) {
                try {
                    ExtractMerger.deleteTree(runs);
                } catch (IOException e) {
                    // a temporary folder left behind is all: the records were read
                }
            }
        }
    }

    private static void inMemory(Path folder, Consumer<SsdExtract> child) {
        SsdExtract x = SsdReader.read(folder, ValidationPolicy.STOP).extract();
        Map<String, List<List<Object>>> byChild = new TreeMap<>();
        x.people().forEach(p -> slot(byChild, p.personId()).get(0).add(p));
        x.families().forEach(f -> slot(byChild, f.personId()).get(1).add(f));
        x.referrals().forEach(r -> slot(byChild, r.personId()).get(2).add(r));
        x.cinPlans().forEach(p -> slot(byChild, p.personId()).get(3).add(p));
        x.cpPlans().forEach(p -> slot(byChild, p.personId()).get(4).add(p));
        x.careEpisodes().forEach(e -> slot(byChild, e.personId()).get(5).add(e));
        x.participation().forEach(p -> slot(byChild, p.personId()).get(6).add(p));
        for (List<List<Object>> t : byChild.values()) {
            child.accept(new SsdExtract(cast(t.get(0)), cast(t.get(1)), cast(t.get(2)), cast(t.get(3)), cast(t.get(4)),
                    cast(t.get(5)), cast(t.get(6))));
        }
    }

    private static List<List<Object>> slot(Map<String, List<List<Object>>> byChild, String id) {
        return byChild.computeIfAbsent(id, k -> {
            List<List<Object>> tables = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                tables.add(new ArrayList<>());
            }
            return tables;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> rows) {
        return (List<T>) (List<?>) rows;
    }
}
