package org.rightbalance.child;

import org.rightbalance.access.Section;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The family and network page: the family, the people around the child, and whether the reader may add to it. */
public record FamilyView(long caseId, Child child, Family family, List<NetworkMember> network, boolean mayChange,
                         Set<Section> sections) {

    public List<NetworkMember> of(NetworkMember.Kind kind) {
        return network.stream().filter(m -> m.kind() == kind).toList();
    }

    public static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(NetworkMember.Kind.values()).forEach(k -> m.put(k.name(), switch (k) {
            case FAMILY -> "Family";
            case FRIEND -> "Friend";
            case PROFESSIONAL -> "Professional (school, health, youth service …)";
        }));
        return m;
    }
}
