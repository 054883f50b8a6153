package org.rightbalance.conference;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Conferences, their invitees, the family plan's goals, actions, scores, reviews and amendments. */
@Repository
public class ConferenceRepository {

    private static final RowMapper<FamilyGroupConference> CONFERENCE = (rs, n) -> new FamilyGroupConference(
            rs.getLong("id"), rs.getLong("case_id"), rs.getObject("held_on", LocalDate.class), rs.getString("venue"),
            (Boolean) rs.getObject("private_time_held", Boolean.class),
            (Integer) rs.getObject("private_time_minutes", Integer.class),
            Optional.ofNullable(rs.getObject("plan_agreed_on", LocalDate.class)),
            Optional.ofNullable(rs.getObject("next_review_due", LocalDate.class)), rs.getInt("version"));
    private static final RowMapper<Invitee> INVITEE = (rs, n) -> new Invitee(rs.getLong("id"), rs.getLong("conference_id"),
            (Long) rs.getObject("network_member_id", Long.class), rs.getString("name"), rs.getString("relationship"),
            (Boolean) rs.getObject("attended", Boolean.class), rs.getInt("version"));
    private static final RowMapper<GoalAction> ACTION = (rs, n) -> new GoalAction(rs.getLong("id"), rs.getLong("goal_id"),
            rs.getString("who"), rs.getString("what"), rs.getObject("by_when", LocalDate.class));
    private static final RowMapper<Score> SCORE = (rs, n) -> new Score(rs.getLong("goal_id"),
            (Long) rs.getObject("review_id", Long.class), rs.getObject("scored_on", LocalDate.class), rs.getInt("score"));
    private static final RowMapper<Amendment> AMENDMENT = (rs, n) -> new Amendment(rs.getLong("id"), rs.getLong("goal_id"),
            rs.getString("change_made"), rs.getString("before_text"), rs.getString("after_text"), rs.getString("reason"),
            rs.getLong("amended_by"), rs.getString("display_name"),
            rs.getObject("amended_at", OffsetDateTime.class).toInstant());
    private static final RowMapper<Review> REVIEW = (rs, n) -> new Review(rs.getLong("id"), rs.getLong("conference_id"),
            rs.getObject("held_on", LocalDate.class), rs.getString("display_name"));

    private final JdbcClient jdbc;

    public ConferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FamilyGroupConference> findByCase(long caseId) {
        return jdbc.sql("select * from fgc_conference where case_id = ?").param(caseId).query(CONFERENCE).optional();
    }

    public List<FamilyGroupConference> findByCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from fgc_conference where case_id in (:ids)").param("ids", caseIds)
                .query(CONFERENCE).list();
    }

    public long insert(long caseId, ConferenceDetails d, long recordedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into fgc_conference (case_id, held_on, venue, private_time_held, private_time_minutes,
                                            next_review_due, recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, d.heldOn(), d.venue(), d.privateTimeHeld(), d.privateTimeMinutes(), d.nextReviewDue(),
                        recordedBy)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** @throws ConcurrentEditException if the conference is no longer at {@code version} */
    public void update(long conferenceId, ConferenceDetails d, int version) {
        int rows = jdbc.sql("""
                update fgc_conference set held_on = ?, venue = ?, private_time_held = ?, private_time_minutes = ?,
                next_review_due = ?, version = version + 1 where id = ? and version = ?""")
                .params(d.heldOn(), d.venue(), d.privateTimeHeld(), d.privateTimeMinutes(), d.nextReviewDue(),
                        conferenceId, version)
                .update();
        requireOne(rows, "The conference");
    }

    public void agree(long conferenceId, LocalDate agreedOn, int version) {
        int rows = jdbc.sql("update fgc_conference set plan_agreed_on = ?, version = version + 1 where id = ? and version = ?")
                .params(agreedOn, conferenceId, version).update();
        requireOne(rows, "The family plan");
    }

    public void setNextReviewDue(long conferenceId, LocalDate due, int version) {
        int rows = jdbc.sql("update fgc_conference set next_review_due = ?, version = version + 1 where id = ? and version = ?")
                .params(due, conferenceId, version).update();
        requireOne(rows, "The family plan");
    }

    /** Whether the family withdrew its consent to the conference and has not given it again. */
    public boolean consentWithdrawn(long caseId) {
        return jdbc.sql("""
                select count(*) from consent c where c.case_id = ? and c.component = 'FAMILY_GROUP_CONFERENCE'
                and c.withdrawn_on is not null
                and not exists (select 1 from consent a where a.case_id = c.case_id and a.component = c.component
                                and a.withdrawn_on is null)""").param(caseId).query(Long.class).single() > 0;
    }

    public List<Invitee> invitees(long conferenceId) {
        return jdbc.sql("select * from fgc_invitee where conference_id = ? order by id").param(conferenceId)
                .query(INVITEE).list();
    }

    /** @throws ConcurrentEditException if the invitee's record is no longer at {@code version} */
    public void recordAttendance(long inviteeId, long conferenceId, boolean attended, int version) {
        int rows = jdbc.sql("update fgc_invitee set attended = ?, version = version + 1 where id = ? and conference_id = ? and version = ?")
                .params(attended, inviteeId, conferenceId, version).update();
        requireOne(rows, "Whether " + jdbc.sql("select name from fgc_invitee where id = ?").param(inviteeId)
                .query(String.class).optional().orElse("they") + " came");
    }

    public long addInvitee(long conferenceId, Long networkMemberId, String name, String relationship, Boolean attended) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into fgc_invitee (conference_id, network_member_id, name, relationship, attended) values (?, ?, ?, ?, ?)")
                .params(conferenceId, networkMemberId, name, relationship, attended).update(key, "id");
        return key.getKey().longValue();
    }

    public List<Goal> goals(long conferenceId) {
        record Row(long id, int number, String wording, int version) {
        }
        List<Row> rows = jdbc.sql("select id, number, wording, version from fgc_goal where conference_id = ? order by number, id")
                .param(conferenceId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<GoalAction>> actions = jdbc.sql("""
                select a.* from fgc_action a join fgc_goal g on g.id = a.goal_id where g.conference_id = ?
                order by a.by_when, a.id""").param(conferenceId).query(ACTION).list().stream()
                .collect(Collectors.groupingBy(GoalAction::goalId));
        Map<Long, List<Score>> scores = jdbc.sql("""
                select s.* from fgc_score s join fgc_goal g on g.id = s.goal_id where g.conference_id = ?
                order by s.scored_on, s.id""").param(conferenceId).query(SCORE).list().stream()
                .collect(Collectors.groupingBy(Score::goalId));
        Map<Long, List<Amendment>> amendments = jdbc.sql("""
                select m.*, s.display_name from fgc_amendment m join fgc_goal g on g.id = m.goal_id
                join staff_member s on s.id = m.amended_by where g.conference_id = ? order by m.amended_at, m.id""")
                .param(conferenceId).query(AMENDMENT).list().stream()
                .collect(Collectors.groupingBy(Amendment::goalId));
        return rows.stream().map(r -> new Goal(r.id(), conferenceId, r.number(), r.wording(),
                actions.getOrDefault(r.id(), List.of()), scores.getOrDefault(r.id(), List.of()),
                amendments.getOrDefault(r.id(), List.of()), r.version())).toList();
    }

    public long addGoal(long conferenceId, String wording) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from fgc_goal where conference_id = ?")
                .param(conferenceId).query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into fgc_goal (conference_id, number, wording) values (?, ?, ?)")
                .params(conferenceId, number, wording).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Changes a goal's words. Only {@link ConferenceService} calls this, in the same transaction as
     * {@link #addAmendment}, so no change of the family's words goes unrecorded.
     */
    void changeWording(long goalId, String wording, int version) {
        int rows = jdbc.sql("update fgc_goal set wording = ?, version = version + 1 where id = ? and version = ?")
                .params(wording, goalId, version).update();
        requireOne(rows, "The goal");
    }

    /** Marks the goal changed (e.g. an action added), if still at {@code version}. */
    void touchGoal(long goalId, int version) {
        int rows = jdbc.sql("update fgc_goal set version = version + 1 where id = ? and version = ?")
                .params(goalId, version).update();
        requireOne(rows, "The goal");
    }

    public void addAction(long goalId, GoalAction action) {
        jdbc.sql("insert into fgc_action (goal_id, who, what, by_when) values (?, ?, ?, ?)")
                .params(goalId, action.who(), action.what(), action.byWhen()).update();
    }

    /** Changes an action; only {@link ConferenceService} calls this, together with {@link #addAmendment}. */
    void changeAction(long actionId, GoalAction changed) {
        jdbc.sql("update fgc_action set who = ?, what = ?, by_when = ? where id = ?")
                .params(changed.who(), changed.what(), changed.byWhen(), actionId).update();
    }

    public void addAmendment(Amendment a) {
        jdbc.sql("""
                insert into fgc_amendment (goal_id, change_made, before_text, after_text, reason, amended_by, amended_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.goalId(), a.change(), a.before(), a.after(), a.reason(), a.amendedById(),
                        a.amendedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    public void addScore(Score s) {
        jdbc.sql("insert into fgc_score (goal_id, review_id, scored_on, score) values (?, ?, ?, ?)")
                .params(s.goalId(), s.reviewId(), s.scoredOn(), s.score()).update();
    }

    public List<Review> reviews(long conferenceId) {
        return jdbc.sql("""
                select r.*, s.display_name from fgc_review r join staff_member s on s.id = r.recorded_by
                where r.conference_id = ? order by r.held_on, r.id""").param(conferenceId).query(REVIEW).list();
    }

    public long addReview(long conferenceId, LocalDate heldOn, long recordedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into fgc_review (conference_id, held_on, recorded_by) values (?, ?, ?)")
                .params(conferenceId, heldOn, recordedBy).update(key, "id");
        return key.getKey().longValue();
    }

    private static void requireOne(int rows, String what) {
        if (rows == 0) {
            throw new ConcurrentEditException(what);
        }
    }
}
