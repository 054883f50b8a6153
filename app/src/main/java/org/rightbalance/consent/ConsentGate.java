package org.rightbalance.consent;

import org.rightbalance.system.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Whether the family has consented to a component on a date. Every service that records a
 * component's work (a conference, a mentoring session, Virtual School support) asks here first, so
 * that withdrawing consent stops the work.
 */
@Component
public class ConsentGate {

    private final JdbcClient jdbc;

    public ConsentGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if consent to the component was given on or before {@code on} and not withdrawn by then. */
    public boolean isGiven(long caseId, org.rightbalance.consent.Component component, LocalDate on) {
        return jdbc.sql("""
                select count(*) from consent where case_id = ? and component = ? and given_on <= ?
                and (withdrawn_on is null or withdrawn_on > ?)""")
                .params(caseId, component.name(), on, on).query(Long.class).single() > 0;
    }

    /**
     * @throws InvalidRequestException naming {@code field} if the family has not consented (or has withdrawn)
     */
    public void requireGiven(long caseId, org.rightbalance.consent.Component component, LocalDate on, String field) {
        if (!isGiven(caseId, component, on)) {
            throw new InvalidRequestException(field, "The family has not consented to " + component.label().toLowerCase()
                    + " on " + on + " (or has withdrawn consent). Record consent on the Consent page first.");
        }
    }
}
