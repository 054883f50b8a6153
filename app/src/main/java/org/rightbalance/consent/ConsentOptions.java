package org.rightbalance.consent;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The components as value-to-label choices for the consent form. */
public final class ConsentOptions {

    private ConsentOptions() {
    }

    public static Map<String, String> components() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(Component.values()).forEach(c -> m.put(c.name(), c.label()));
        return m;
    }
}
