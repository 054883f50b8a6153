package org.rightbalance.evaluation;

import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.PlanReader;

import java.nio.file.Files;
import java.nio.file.Path;

/** The plans shipped in {@code plans/} at the repository root. */
public final class Plans {

    private Plans() {
    }

    public static Path file(String name) {
        Path p = Path.of("plans", name);
        for (int up = 0; up < 3 && !Files.exists(p); up++) {
            p = Path.of("..").resolve(p);
        }
        return p;
    }

    public static EvaluationPlan rbff2020() {
        return PlanReader.read(file("rbff-2020.yaml"));
    }
}
