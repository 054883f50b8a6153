package org.rightbalance.socialcare;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The statutory social care records of V2: referrals, CIN plans, CP plans and periods of care. */
@Repository
public class SocialCareRepository {

    private final JdbcClient jdbc;

    public SocialCareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChildSocialCare forChild(long childId) {
        List<SocialCareEvent> events = new ArrayList<>();
        events.addAll(jdbc.sql("select * from social_care_referral where child_id = ? order by referral_date, id").param(childId)
                .query((rs, n) -> new SocialCareEvent(rs.getLong("id"), EventKind.REFERRAL, childId, null,
                        rs.getObject("referral_date", LocalDate.class), rs.getObject("close_date", LocalDate.class),
                        rs.getString("close_reason"), rs.getString("referral_source"), rs.getInt("version"))).list());
        events.addAll(jdbc.sql("select * from cin_plan where child_id = ? order by start_date, id").param(childId)
                .query((rs, n) -> new SocialCareEvent(rs.getLong("id"), EventKind.CIN_PLAN, childId, rs.getLong("referral_id"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), null, null,
                        rs.getInt("version"))).list());
        events.addAll(jdbc.sql("select * from child_protection_plan where child_id = ? order by start_date, id").param(childId)
                .query((rs, n) -> new SocialCareEvent(rs.getLong("id"), EventKind.CP_PLAN, childId, rs.getLong("referral_id"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("initial_category"), null, rs.getInt("version"))).list());
        events.addAll(jdbc.sql("select * from care_period where child_id = ? order by start_date, id").param(childId)
                .query((rs, n) -> new SocialCareEvent(rs.getLong("id"), EventKind.CARE_PERIOD, childId, null,
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("legal_status"), null, rs.getInt("version"))).list());
        return new ChildSocialCare(childId, List.copyOf(events));
    }

    public long add(SocialCareEvent e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        switch (e.kind()) {
            case REFERRAL -> jdbc.sql("""
                    insert into social_care_referral (child_id, referral_date, referral_source, close_date, close_reason)
                    values (?, ?, ?, ?, ?)""").params(e.childId(), e.start(), e.source(), e.end(), e.code()).update(key, "id");
            case CIN_PLAN -> jdbc.sql("insert into cin_plan (child_id, referral_id, start_date, end_date) values (?, ?, ?, ?)")
                    .params(e.childId(), e.referralId(), e.start(), e.end()).update(key, "id");
            case CP_PLAN -> jdbc.sql("""
                    insert into child_protection_plan (child_id, referral_id, start_date, end_date, initial_category)
                    values (?, ?, ?, ?, ?)""").params(e.childId(), e.referralId(), e.start(), e.end(), e.code()).update(key, "id");
            case CARE_PERIOD -> jdbc.sql("insert into care_period (child_id, start_date, end_date, legal_status) values (?, ?, ?, ?)")
                    .params(e.childId(), e.start(), e.end(), e.code()).update(key, "id");
        }
        return key.getKey().longValue();
    }

    /**
     * Saves the end (or closure) of an event, if it is still at the version read.
     *
     * @throws ConcurrentEditException if someone else changed it in between
     */
    public void saveEnd(SocialCareEvent e) {
        int rows = switch (e.kind()) {
            case REFERRAL -> jdbc.sql("""
                    update social_care_referral set close_date = ?, close_reason = ?, version = version + 1
                    where id = ? and child_id = ? and version = ?""")
                    .params(e.end(), e.code(), e.id(), e.childId(), e.version()).update();
            case CIN_PLAN -> jdbc.sql("update cin_plan set end_date = ?, version = version + 1 where id = ? and child_id = ? and version = ?")
                    .params(e.end(), e.id(), e.childId(), e.version()).update();
            case CP_PLAN -> jdbc.sql("update child_protection_plan set end_date = ?, version = version + 1 where id = ? and child_id = ? and version = ?")
                    .params(e.end(), e.id(), e.childId(), e.version()).update();
            case CARE_PERIOD -> jdbc.sql("update care_period set end_date = ?, version = version + 1 where id = ? and child_id = ? and version = ?")
                    .params(e.end(), e.id(), e.childId(), e.version()).update();
        };
        if (rows == 0) {
            throw new ConcurrentEditException("The " + e.kind().label().toLowerCase());
        }
    }
}
