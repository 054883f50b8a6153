package org.rightbalance.consent;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Consent records (table {@code consent}, read by {@link ConsentGate}). */
@Repository
public class ConsentRepository {

    private static final RowMapper<ConsentRecord> MAPPER = (rs, n) -> new ConsentRecord(rs.getLong("id"),
            rs.getLong("case_id"), Component.valueOf(rs.getString("component")), rs.getObject("given_on", LocalDate.class),
            rs.getString("given_by"), rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawal_reason"),
            rs.getLong("recorded_by"), rs.getInt("version"));

    private final JdbcClient jdbc;

    public ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every consent of the case, oldest first: the history. */
    public List<ConsentRecord> forCase(long caseId) {
        return jdbc.sql("select * from consent where case_id = ? order by given_on, id").param(caseId).query(MAPPER).list();
    }

    public Optional<ConsentRecord> find(long caseId, long id) {
        return jdbc.sql("select * from consent where case_id = ? and id = ?").params(caseId, id).query(MAPPER).optional();
    }

    public long add(long caseId, Component component, LocalDate givenOn, String givenBy, long recordedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, ?, ?, ?, ?)")
                .params(caseId, component.name(), givenOn, givenBy, recordedBy).update(key, "id");
        return key.getKey().longValue();
    }

    /** @throws ConcurrentEditException if the record changed since it was read */
    public void withdraw(ConsentRecord withdrawn, long recordedBy) {
        int rows = jdbc.sql("""
                update consent set withdrawn_on = ?, withdrawal_reason = ?, withdrawn_recorded_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(withdrawn.withdrawnOn(), withdrawn.withdrawalReason(), recordedBy, withdrawn.id(), withdrawn.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("The consent record");
        }
    }

    /** Withdrawals on or after {@code since} for the given cases: the alerts. */
    public List<ConsentRecord> withdrawnSince(List<Long> caseIds, LocalDate since) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from consent where withdrawn_on >= :since and case_id in (:ids)")
                .param("since", since).param("ids", caseIds).query(MAPPER).list();
    }
}
