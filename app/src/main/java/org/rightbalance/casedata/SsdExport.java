package org.rightbalance.casedata;

import org.rightbalance.evaluation.importing.SsdExtractWriter;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.programme.KeyReferrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the application's social care records as a Standard Safeguarding Dataset extract folder, the
 * evaluation's input (docs/data-format.md): {@code ssd_person.csv} … {@code programme_participation.csv}.
 *
 * <p>No name, address or postcode leaves the database: a child is their council identifier, sex,
 * ethnicity and date of birth; a family is {@code F} and its row id. Referrals, plans and periods of
 * care are {@code R}, {@code CIN}, {@code CP} and {@code CLA} and their row ids. Programme
 * participation is one row per child who started the programme (their first started case), naming
 * the key referral of {@link KeyReferrals}, so the evaluation's treated children are the programme
 * page's children.
 *
 * <p>The pseudonymisation of identifiers and dates of birth belongs between this export and the
 * evaluation: see {@code EvaluationRunService#prepareForEvaluation}.
 */
@Component
public class SsdExport {

    /** The programme's name in {@code programme_participation.csv} and in the shipped plan. */
    public static final String PROGRAMME = "RBFF";

    private final JdbcClient jdbc;
    private final KeyReferrals keyReferrals;

    public SsdExport(JdbcClient jdbc, KeyReferrals keyReferrals) {
        this.jdbc = jdbc;
        this.keyReferrals = keyReferrals;
    }

    /** What was written. */
    public record Written(Path folder, int children, int referrals, int participants) {
    }

    /** Writes the extract into {@code folder} (created if needed), from one consistent read of the database. */
    @Transactional(readOnly = true)
    public Written write(Path folder) throws IOException {
        Map<Long, String> personOf = new HashMap<>();
        List<Person> people = jdbc.sql("select id, council_child_id, sex, ethnicity, date_of_birth from child order by id")
                .query((rs, n) -> {
                    personOf.put(rs.getLong(1), rs.getString(2));
                    return new Person(rs.getString(2), Sex.fromCode(rs.getString(3)).orElse(Sex.UNKNOWN),
                            Optional.ofNullable(rs.getString(4)).orElse(""), rs.getObject(5, LocalDate.class), "");
                }).list();
        List<FamilyMembership> families = jdbc.sql("select family_id, council_child_id from child order by family_id, id")
                .query((rs, n) -> new FamilyMembership("F" + rs.getLong(1), rs.getString(2))).list();
        List<Referral> referrals = jdbc.sql("""
                select id, child_id, referral_date, primary_need, referral_source, close_date, close_reason
                from social_care_referral order by child_id, referral_date, id""")
                .query((rs, n) -> new Referral("R" + rs.getLong(1), personOf.get(rs.getLong(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        List<CinPlan> cinPlans = jdbc.sql("select id, referral_id, child_id, start_date, end_date from cin_plan order by id")
                .query((rs, n) -> new CinPlan("CIN" + rs.getLong(1), "R" + rs.getLong(2), personOf.get(rs.getLong(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
        List<ChildProtectionPlan> cpPlans = jdbc.sql("select id, child_id, start_date, end_date from child_protection_plan order by id")
                .query((rs, n) -> new ChildProtectionPlan("CP" + rs.getLong(1), personOf.get(rs.getLong(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
        List<CareEpisode> care = jdbc.sql("select id, child_id, start_date, end_date from care_period order by id")
                .query((rs, n) -> new CareEpisode("CLA" + rs.getLong(1), personOf.get(rs.getLong(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
        List<ProgrammeParticipation> participation = keyReferrals.programmeChildren(Optional.empty()).stream()
                .map(c -> new ProgrammeParticipation(personOf.get(c.childId()), c.keyReferralId().map(id -> "R" + id).orElse(null),
                        PROGRAMME, c.startedOn(), c.finishedOn().orElse(null)))
                .toList();
        SsdExtractWriter.write(new SsdExtract(people, families, referrals, cinPlans, cpPlans, care, participation), folder);
        return new Written(folder, people.size(), referrals.size(), participation.size());
    }
}
