package org.rightbalance.referral;

import org.rightbalance.child.Sex;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The choices the referral forms offer, as value-to-label maps for the form fragments. */
public final class ReferralOptions {

    private ReferralOptions() {
    }

    public static Map<String, String> views() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(SocialWorkerView.values()).forEach(v -> m.put(v.name(), v.label()));
        return m;
    }

    public static Map<String, String> methods() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(AllocationMethod.values()).forEach(v -> m.put(v.name(), v.label()));
        return m;
    }

    public static Map<String, String> sexes() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(Sex.values()).forEach(v -> m.put(v.name(), v.label()));
        return m;
    }

    public static Map<String, String> scale(String low, String high) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("1", "1 – " + low);
        m.put("2", "2");
        m.put("3", "3");
        m.put("4", "4");
        m.put("5", "5 – " + high);
        return m;
    }

    public static Map<String, String> outcomes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ACCEPT", "Accept onto the programme");
        m.put("DECLINE", "Do not take on");
        return m;
    }
}
