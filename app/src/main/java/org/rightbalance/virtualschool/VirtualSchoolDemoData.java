package org.rightbalance.virtualschool;

import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Synthetic Virtual School records for the demo cases: Kai Rivera's attendance rising from 84% to
 * 93% over three terms, with Maths below expected at the baseline; one term for Ama Osei.
 */
@Component
class VirtualSchoolDemoData {

    private final VirtualSchoolRepository records;
    private final JdbcClient jdbc;

    VirtualSchoolDemoData(VirtualSchoolRepository records, JdbcClient jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        LocalDate today = seeded.today();
        long officer = seeded.staffId("vs.harpreet");
        // The last three terms that have ended.
        SchoolTerm last = SchoolTerm.containing(today).previous();
        seeded.byKey("rivera").ifPresent(c -> {
            consent(c, today.minusMonths(6), seeded.staffId("sw.amara"));
            records.addAttendance(c.caseId(), last.previous().previous(), 140, 118, officer); // 84.3%
            records.addAttendance(c.caseId(), last.previous(), 120, 106, officer);            // 88.3%
            records.addAttendance(c.caseId(), last, 120, 112, officer);                       // 93.3%
            LocalDate opened = openedOn(c);
            records.addAttainment(c.caseId(), opened.plusWeeks(6), "Baseline", Attainment.EXPECTED, Attainment.BELOW, officer);
            records.addAttainment(c.caseId(), today.minusWeeks(2), "Latest teacher assessment", Attainment.EXPECTED,
                    Attainment.BELOW, officer);
        });
        seeded.byKey("osei").ifPresent(c -> {
            consent(c, today.minusMonths(3), seeded.staffId("sw.amara"));
            records.addAttendance(c.caseId(), last, 118, 99, officer); // 83.9%
            records.addAttainment(c.caseId(), openedOn(c).plusWeeks(6), "Baseline", Attainment.BELOW, Attainment.BELOW, officer);
        });
    }

    private LocalDate openedOn(DemoCase c) {
        return jdbc.sql("select opened_on from programme_case where id = ?").param(c.caseId()).query(LocalDate.class).single();
    }

    /** Consent to Virtual School support, unless the consent feature's own demo data recorded it already. */
    private void consent(DemoCase c, LocalDate givenOn, long recordedBy) {
        boolean exists = jdbc.sql("select count(*) from consent where case_id = ? and component = 'VIRTUAL_SCHOOL'")
                .param(c.caseId()).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, 'VIRTUAL_SCHOOL', ?, ?, ?)")
                    .params(c.caseId(), givenOn, "Demo parent (synthetic)", recordedBy).update();
        }
    }
}
