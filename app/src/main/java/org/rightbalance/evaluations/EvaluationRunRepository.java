package org.rightbalance.evaluations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Evaluation runs and their estimates. */
@Repository
public class EvaluationRunRepository {

    private final JdbcClient jdbc;

    public EvaluationRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(Instant at, String startedBy, String folder) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into evaluation_run (started_at, started_by, status, folder) values (?, ?, ?, ?)")
                .params(at.atOffset(ZoneOffset.UTC), startedBy, EvaluationRun.Status.RUNNING.name(), folder)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void exported(long id, int children) {
        jdbc.sql("update evaluation_run set children_exported = ? where id = ?").params(children, id).update();
    }

    /** Marks the run finished, with its counts and estimates. */
    public void succeeded(long id, Instant at, int[] counts, List<EvaluationRun.Estimate> estimates) {
        jdbc.sql("""
                update evaluation_run set status = ?, finished_at = ?, treated_flagged = ?, treated_cohort = ?,
                comparison_cohort = ?, matched_treated = ?, matched_comparison = ?, unmatched_treated = ?,
                unmatched_comparison = ? where id = ?""")
                .params(EvaluationRun.Status.SUCCEEDED.name(), at.atOffset(ZoneOffset.UTC), counts[0], counts[1], counts[2],
                        counts[3], counts[4], counts[5], counts[6], id)
                .update();
        int position = 0;
        for (EvaluationRun.Estimate e : estimates) {
            jdbc.sql("""
                    insert into evaluation_run_estimate (run_id, position, outcome, estimator, sensitivity, n, families,
                    control_mean, effect, conf_low, conf_high, p_value, reading) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, e.outcome(), e.estimator(), e.sensitivity(), e.n(), e.families(), e.controlMean(),
                            e.effect(), e.confLow(), e.confHigh(), e.pValue(),
                            e.reading() == null || e.reading().length() <= 1000 ? e.reading() : e.reading().substring(0, 1000))
                    .update();
        }
    }

    public void failed(long id, Instant at, String message) {
        jdbc.sql("update evaluation_run set status = ?, finished_at = ?, message = ? where id = ?")
                .params(EvaluationRun.Status.FAILED.name(), at.atOffset(ZoneOffset.UTC),
                        message.length() <= 2000 ? message : message.substring(0, 2000), id)
                .update();
    }

    public Optional<EvaluationRun> find(long id) {
        return jdbc.sql("select * from evaluation_run where id = ?").param(id).query(this::run).optional();
    }

    /** The run's folder on disk. */
    public Optional<String> folder(long id) {
        return jdbc.sql("select folder from evaluation_run where id = ?").param(id).query(String.class).optional();
    }

    public List<EvaluationRun> latest(int limit) {
        return jdbc.sql("select * from evaluation_run order by started_at desc, id desc limit ?").param(limit)
                .query(this::run).list();
    }

    private EvaluationRun run(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<EvaluationRun.Estimate> estimates = jdbc.sql("select * from evaluation_run_estimate where run_id = ? order by position")
                .param(id)
                .query((e, i) -> new EvaluationRun.Estimate(e.getString("outcome"), e.getString("estimator"),
                        e.getBoolean("sensitivity"), e.getInt("n"), e.getInt("families"), e.getObject("control_mean", Double.class),
                        e.getObject("effect", Double.class), e.getObject("conf_low", Double.class),
                        e.getObject("conf_high", Double.class), e.getObject("p_value", Double.class), e.getString("reading")))
                .list();
        return new EvaluationRun(id, rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getString("started_by"), EvaluationRun.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("message")), rs.getObject("children_exported", Integer.class),
                rs.getObject("treated_flagged", Integer.class), rs.getObject("treated_cohort", Integer.class),
                rs.getObject("comparison_cohort", Integer.class), rs.getObject("matched_treated", Integer.class),
                rs.getObject("matched_comparison", Integer.class), rs.getObject("unmatched_treated", Integer.class),
                rs.getObject("unmatched_comparison", Integer.class), estimates);
    }
}
