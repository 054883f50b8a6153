package org.rightbalance.admin;

import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Finds a child by what an administrator types: the council's child identifier, or the internal id
 * (digits). The text is only ever a bound parameter.
 */
@Component
class ChildLookup {

    private final ChildRepository children;

    ChildLookup(ChildRepository children) {
        this.children = children;
    }

    Optional<Child> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip();
        Optional<Child> byCouncilId = children.findByCouncilChildId(key);
        if (byCouncilId.isPresent() || !key.matches("\\d{1,18}")) {
            return byCouncilId;
        }
        return children.findById(Long.parseLong(key));
    }
}
