package org.rightbalance.evaluation.importing.ssda903;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A small synthetic council extract, and care episodes compared without their ids. */
public final class Synthetic {

    private Synthetic() {
    }

    public static SsdExtract extract(Path folder, long seed) throws IOException {
        SyntheticCouncil.write(folder, Profile.CAMDEN_2020, seed, 0.15);
        SsdExtract x = SsdReader.read(folder, ValidationPolicy.STOP).extract();
        return new SsdExtract(x.people(), x.families(), x.referrals(), x.cinPlans(), x.cpPlans(),
                withoutOverlaps(x.careEpisodes()), x.participation());
    }

    /**
     * The episodes without those that start before an earlier episode of the same child ceased: the
     * synthetic council can give a child overlapping (or two open) care episodes, which an SSDA903
     * return cannot hold.
     */
    public static List<CareEpisode> withoutOverlaps(List<CareEpisode> episodes) {
        List<CareEpisode> sorted = episodes.stream()
                .sorted(Comparator.comparing(CareEpisode::personId).thenComparing(CareEpisode::start)).toList();
        List<CareEpisode> kept = new java.util.ArrayList<>();
        CareEpisode last = null;
        for (CareEpisode e : sorted) {
            boolean sameChild = last != null && last.personId().equals(e.personId());
            if (sameChild && (last.ceased() == null || e.start().isBefore(last.ceased()))) {
                continue;
            }
            kept.add(e);
            last = e;
        }
        return kept;
    }

    /** Child, start and ceased of each episode, sorted. */
    public static List<String> periods(List<CareEpisode> episodes) {
        return episodes.stream()
                .sorted(Comparator.comparing(CareEpisode::personId).thenComparing(CareEpisode::start))
                .map(e -> e.personId() + " " + e.start() + " " + e.ceased())
                .toList();
    }
}
