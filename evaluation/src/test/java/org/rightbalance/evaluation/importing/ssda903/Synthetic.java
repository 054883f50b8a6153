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
final class Synthetic {

    private Synthetic() {
    }

    static SsdExtract extract(Path folder, long seed) throws IOException {
        SyntheticCouncil.write(folder, Profile.CAMDEN_2020, seed, 0.15);
        return SsdReader.read(folder, ValidationPolicy.STOP).extract();
    }

    /** Child, start and ceased of each episode, sorted. */
    static List<String> periods(List<CareEpisode> episodes) {
        return episodes.stream()
                .sorted(Comparator.comparing(CareEpisode::personId).thenComparing(CareEpisode::start))
                .map(e -> e.personId() + " " + e.start() + " " + e.ceased())
                .toList();
    }
}
