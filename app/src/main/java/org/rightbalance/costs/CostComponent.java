package org.rightbalance.costs;

import org.rightbalance.consent.Component;

import java.util.Optional;

/** What a cost paid for: a component of the programme, its management, or something else (report, Appendix 7). */
public enum CostComponent {
    FAMILY_GROUP_CONFERENCE("Family group conferences", Component.FAMILY_GROUP_CONFERENCE),
    SYSTEMIC_DISCUSSION("Systemic discussions and training", Component.SYSTEMIC_DISCUSSION),
    MENTORING("Mentoring", Component.MENTORING),
    VIRTUAL_SCHOOL("Virtual School education support", Component.VIRTUAL_SCHOOL),
    PROGRAMME_MANAGEMENT("Programme management", null),
    OTHER("Other", null);

    private final String label;
    private final Component takenUpAs;

    CostComponent(String label, Component takenUpAs) {
        this.label = label;
        this.takenUpAs = takenUpAs;
    }

    public String label() {
        return label;
    }

    /** The component families consent to, whose take-up divides this cost; empty for shared costs. */
    public Optional<Component> takenUpAs() {
        return Optional.ofNullable(takenUpAs);
    }
}
