package org.rightbalance.child;

import java.util.Objects;

/**
 * Someone in the family's network: a relative or friend the family may invite to its conference,
 * or a professional around the child (school, CAMHS, mentor, Virtual School, clinician).
 */
public record NetworkMember(long id, long familyId, String name, String relationship, Kind kind,
                            String organisation, String contact, boolean mainCarer) {

    public enum Kind { FAMILY, FRIEND, PROFESSIONAL }

    public NetworkMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(kind, "kind");
    }
}
