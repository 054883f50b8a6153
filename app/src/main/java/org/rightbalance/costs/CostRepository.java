package org.rightbalance.costs;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The cost ledger. */
@Repository
public class CostRepository {

    private static final RowMapper<CostEntry> ENTRY = (rs, n) -> new CostEntry(rs.getLong("id"),
            rs.getObject("incurred_on", LocalDate.class), CostComponent.valueOf(rs.getString("component")),
            rs.getString("funding_source"), rs.getString("description"), rs.getBigDecimal("amount"), rs.getInt("version"));

    private final JdbcClient jdbc;

    public CostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CostEntry> findById(long id) {
        return jdbc.sql("select * from cost_entry where id = ?").param(id).query(ENTRY).optional();
    }

    /** Entries dated in [from, to], oldest first. */
    public List<CostEntry> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from cost_entry where incurred_on >= ? and incurred_on <= ? order by incurred_on, id")
                .params(from, to).query(ENTRY).list();
    }

    /** The first and last dates in the ledger, if it has entries. */
    public Optional<LocalDate[]> span() {
        return jdbc.sql("select min(incurred_on), max(incurred_on) from cost_entry")
                .query((rs, n) -> rs.getObject(1, LocalDate.class) == null ? null
                        : new LocalDate[]{rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .optional();
    }

    public long add(LocalDate incurredOn, CostComponent component, String fundingSource, String description,
                    BigDecimal amount, long recordedBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into cost_entry (incurred_on, component, funding_source, description, amount, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(incurredOn, component.name(), fundingSource, description, amount, recordedBy, at.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Changes the entry if it is still at the version the person opened.
     *
     * @throws ConcurrentEditException if someone else changed it in between
     */
    public void update(long id, int expectedVersion, LocalDate incurredOn, CostComponent component, String fundingSource,
                       String description, BigDecimal amount, long recordedBy, Instant at) {
        int rows = jdbc.sql("""
                update cost_entry set incurred_on = ?, component = ?, funding_source = ?, description = ?, amount = ?,
                recorded_by = ?, recorded_at = ?, version = version + 1 where id = ? and version = ?""")
                .params(incurredOn, component.name(), fundingSource, description, amount, recordedBy,
                        at.atOffset(ZoneOffset.UTC), id, expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("This cost");
        }
    }

    /** Children who started the programme (a started case opened in the period). */
    public long childrenStarted(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(distinct child_id) from programme_case
                where stage not in ('REFERRED', 'NOT_TAKEN_ON') and opened_on >= ? and opened_on <= ?""")
                .params(from, to).query(Long.class).single();
    }

    /** Children whose family consented to the component at some time in the period. */
    public long childrenTakingUp(String component, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(distinct c.child_id) from consent k join programme_case c on c.id = k.case_id
                where k.component = ? and k.given_on <= ? and (k.withdrawn_on is null or k.withdrawn_on >= ?)""")
                .params(component, to, from).query(Long.class).single();
    }
}
