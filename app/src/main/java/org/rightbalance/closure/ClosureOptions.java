package org.rightbalance.closure;

import org.rightbalance.socialcare.ReasonForClosure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Choices for the closure forms. */
public final class ClosureOptions {

    private ClosureOptions() {
    }

    public static Map<String, String> reasons() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(ReasonForClosure.values()).forEach(r -> m.put(r.name(), r.codeAndLabel()));
        return m;
    }

    public static Map<String, String> mentorArrangements() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(MentorArrangement.values()).forEach(a -> m.put(a.name(), a.label()));
        return m;
    }

    public static Map<String, String> yesNo() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("true", "Yes");
        m.put("false", "No");
        return m;
    }
}
