package org.rightbalance.systemic;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Systemic discussions, who was there, the actions and referrals, and who on the case has read each. */
@Repository
public class SystemicRepository {

    private static final RowMapper<Participant> PARTICIPANT = (rs, n) -> new Participant(rs.getLong("id"),
            rs.getLong("discussion_id"), (Long) rs.getObject("network_member_id", Long.class), rs.getString("name"),
            rs.getString("agency"));
    private static final RowMapper<AgreedAction> ACTION = (rs, n) -> new AgreedAction(rs.getLong("id"),
            rs.getLong("discussion_id"), rs.getString("description"), rs.getString("owner"),
            rs.getObject("due_on", LocalDate.class), Optional.ofNullable(rs.getObject("completed_on", LocalDate.class)),
            rs.getInt("version"));
    private static final RowMapper<Referral> REFERRAL = (rs, n) -> new Referral(rs.getLong("id"),
            rs.getLong("discussion_id"), rs.getString("service"), rs.getObject("referred_on", LocalDate.class));

    private final JdbcClient jdbc;

    public SystemicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's discussions, newest first, each with who on the case has read it. */
    public List<SystemicDiscussion> findByCase(long caseId) {
        record Row(long id, LocalDate heldOn, boolean mainCarer, String dilemmas, String recordedBy, Instant recordedAt,
                   int version) {
        }
        List<Row> rows = jdbc.sql("""
                select d.id, d.held_on, d.main_carer_took_part, d.dilemmas, s.display_name, d.recorded_at, d.version
                from systemic_discussion d join staff_member s on s.id = d.recorded_by
                where d.case_id = ? order by d.held_on desc, d.id desc""").param(caseId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Participant>> participants = jdbc.sql("""
                select p.* from systemic_participant p join systemic_discussion d on d.id = p.discussion_id
                where d.case_id = ? order by p.id""").param(caseId).query(PARTICIPANT).list().stream()
                .collect(Collectors.groupingBy(Participant::discussionId));
        Map<Long, List<AgreedAction>> actions = jdbc.sql("""
                select a.* from systemic_action a join systemic_discussion d on d.id = a.discussion_id
                where d.case_id = ? order by a.due_on, a.id""").param(caseId).query(ACTION).list().stream()
                .collect(Collectors.groupingBy(AgreedAction::discussionId));
        Map<Long, List<Referral>> referrals = jdbc.sql("""
                select r.* from systemic_referral r join systemic_discussion d on d.id = r.discussion_id
                where d.case_id = ? order by r.referred_on, r.id""").param(caseId).query(REFERRAL).list().stream()
                .collect(Collectors.groupingBy(Referral::discussionId));
        record Read(long discussionId, long staffId, Instant at) {
        }
        List<Read> reads = jdbc.sql("""
                select r.discussion_id, r.staff_id, r.read_at from systemic_reader r
                join systemic_discussion d on d.id = r.discussion_id where d.case_id = ?""").param(caseId)
                .query((rs, n) -> new Read(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        record Assigned(long staffId, String name, String responsibility) {
        }
        List<Assigned> assigned = jdbc.sql("""
                select a.staff_id, s.display_name, a.responsibility from case_assignment a
                join staff_member s on s.id = a.staff_id where a.case_id = ? order by a.responsibility, s.display_name""")
                .param(caseId).query((rs, n) -> new Assigned(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        return rows.stream().map(r -> new SystemicDiscussion(r.id(), caseId, r.heldOn(), r.mainCarer(), r.dilemmas(),
                participants.getOrDefault(r.id(), List.of()), actions.getOrDefault(r.id(), List.of()),
                referrals.getOrDefault(r.id(), List.of()), r.recordedBy(), r.recordedAt(),
                assigned.stream().map(a -> new Reader(a.staffId(), a.name(), a.responsibility(), reads.stream()
                        .filter(x -> x.discussionId() == r.id() && x.staffId() == a.staffId()).map(Read::at).findFirst()))
                        .toList(), r.version())).toList();
    }

    public long insert(long caseId, LocalDate heldOn, boolean mainCarerTookPart, String dilemmas, long recordedBy,
                       Instant recordedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into systemic_discussion (case_id, held_on, main_carer_took_part, dilemmas, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, heldOn, mainCarerTookPart, dilemmas, recordedBy, recordedAt.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void addParticipant(long discussionId, Long networkMemberId, String name, String agency) {
        jdbc.sql("insert into systemic_participant (discussion_id, network_member_id, name, agency) values (?, ?, ?, ?)")
                .params(discussionId, networkMemberId, name, agency).update();
    }

    public void addAction(long discussionId, String description, String owner, LocalDate dueOn) {
        jdbc.sql("insert into systemic_action (discussion_id, description, owner, due_on) values (?, ?, ?, ?)")
                .params(discussionId, description, owner, dueOn).update();
    }

    public void addReferral(long discussionId, String service, LocalDate referredOn) {
        jdbc.sql("insert into systemic_referral (discussion_id, service, referred_on) values (?, ?, ?)")
                .params(discussionId, service, referredOn).update();
    }

    /** Records that the staff member has opened the discussion's outcome (once; the first time counts). */
    public void markRead(long discussionId, long staffId, Instant at) {
        boolean read = jdbc.sql("select count(*) from systemic_reader where discussion_id = ? and staff_id = ?")
                .params(discussionId, staffId).query(Long.class).single() > 0;
        if (!read) {
            jdbc.sql("insert into systemic_reader (discussion_id, staff_id, read_at) values (?, ?, ?)")
                    .params(discussionId, staffId, at.atOffset(ZoneOffset.UTC)).update();
        }
    }

    /** @throws ConcurrentEditException if the action is no longer at {@code version} */
    public void complete(long actionId, LocalDate completedOn, int version) {
        int rows = jdbc.sql("update systemic_action set completed_on = ?, version = version + 1 where id = ? and version = ?")
                .params(completedOn, actionId, version).update();
        if (rows == 0) {
            throw new ConcurrentEditException("The action");
        }
    }

    /** Open actions on the given cases due on or before {@code until}. */
    public List<DueAction> openActions(List<Long> caseIds, LocalDate until) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.case_id, a.description, a.owner, a.due_on from systemic_action a
                join systemic_discussion d on d.id = a.discussion_id
                where d.case_id in (:ids) and a.completed_on is null and a.due_on <= :until""")
                .param("ids", caseIds).param("until", until)
                .query((rs, n) -> new DueAction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Discussions on the given cases that the staff member is assigned to and has not opened. */
    public List<Unread> unreadBy(long staffId, List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.case_id, d.held_on from systemic_discussion d
                where d.case_id in (:ids)
                and exists (select 1 from case_assignment a where a.case_id = d.case_id and a.staff_id = :staff)
                and not exists (select 1 from systemic_reader r where r.discussion_id = d.id and r.staff_id = :staff)""")
                .param("ids", caseIds).param("staff", staffId)
                .query((rs, n) -> new Unread(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** Discussions on the given cases that someone assigned to the case has not opened, with how many. */
    public List<Unread> unreadByAnyone(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.case_id, d.held_on from systemic_discussion d where d.case_id in (:ids)
                and exists (select 1 from case_assignment a where a.case_id = d.case_id
                            and not exists (select 1 from systemic_reader r where r.discussion_id = d.id and r.staff_id = a.staff_id))""")
                .param("ids", caseIds)
                .query((rs, n) -> new Unread(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    public Optional<Long> caseOfAction(long actionId) {
        return jdbc.sql("select d.case_id from systemic_action a join systemic_discussion d on d.id = a.discussion_id where a.id = ?")
                .param(actionId).query(Long.class).optional();
    }

    public record DueAction(long caseId, String description, String owner, LocalDate dueOn) {
    }

    public record Unread(long caseId, LocalDate heldOn) {
    }
}
