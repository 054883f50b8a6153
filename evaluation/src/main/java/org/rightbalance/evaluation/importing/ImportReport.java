package org.rightbalance.evaluation.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import did with each source: per table, how many records were added, updated (a later collection year
 * superseded what the folder held), unchanged (already there as they are) or kept newer (an earlier year's values,
 * not applied because the folder holds a later year's). A record of plain values, so it serializes as JSON with
 * Jackson as it is; {@link #summary()} is the same for a person.
 *
 * @param sources one entry per imported file or folder, in the order given
 */
public record ImportReport(List<SourceCounts> sources) {

    public ImportReport {
        sources = List.copyOf(sources);
    }

    /**
     * @param source the file or folder
     * @param year   its collection year (census {@code Year}, e.g. 2020 for 2019/20), 0 when it has none
     * @param tables per table ({@code person}, {@code referral}, {@code cin_plan}, {@code cp_plan}, {@code
     *               care_episode}), the counts
     */
    public record SourceCounts(String source, int year, Map<String, Counts> tables) {
        public SourceCounts {
            Objects.requireNonNull(source, "source");
            tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
        }
    }

    /** Counts of one table of one source. */
    public record Counts(long added, long updated, long unchanged, long keptNewer) {
        public Counts {
            if (added < 0 || updated < 0 || unchanged < 0 || keptNewer < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
        }

        Counts plus(Outcome o) {
            return switch (o) {
                case ADDED -> new Counts(added + 1, updated, unchanged, keptNewer);
                case UPDATED -> new Counts(added, updated + 1, unchanged, keptNewer);
                case UNCHANGED -> new Counts(added, updated, unchanged + 1, keptNewer);
                case KEPT_NEWER -> new Counts(added, updated, unchanged, keptNewer + 1);
            };
        }
    }

    /** What happened to one incoming record. */
    enum Outcome { ADDED, UPDATED, UNCHANGED, KEPT_NEWER }

    /** A few lines: one per source, its year and what each table got. */
    public String summary() {
        List<String> lines = new ArrayList<>();
        for (SourceCounts s : sources) {
            StringBuilder b = new StringBuilder(s.source());
            b.append(s.year() == 0 ? " (no collection year)" : String.format(Locale.ROOT, " (collection year %d/%02d)",
                    s.year() - 1, s.year() % 100));
            b.append(':');
            if (s.tables().isEmpty()) {
                b.append(" no records");
            }
            String sep = " ";
            for (Map.Entry<String, Counts> e : s.tables().entrySet()) {
                Counts c = e.getValue();
                b.append(sep).append(e.getKey()).append(String.format(Locale.ROOT,
                        " %,d added, %,d updated, %,d unchanged", c.added(), c.updated(), c.unchanged()));
                if (c.keptNewer() > 0) {
                    b.append(String.format(Locale.ROOT, ", %,d kept newer", c.keptNewer()));
                }
                sep = "; ";
            }
            lines.add(b.toString());
        }
        return String.join("\n", lines);
    }
}
