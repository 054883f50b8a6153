package org.rightbalance.socialcare;

import org.rightbalance.casework.CaseRepository;
import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Synthetic social care histories for the demo children: a referral and a CIN plan for most, an
 * escalation to a child protection plan for osei, and for begum a closed episode then a re-referral
 * after the programme closed (so the follow-up check has something to show).
 */
@Component
class SocialCareDemoData {

    private final SocialCareRepository records;
    private final CaseRepository cases;

    SocialCareDemoData(SocialCareRepository records, CaseRepository cases) {
        this.records = records;
        this.cases = cases;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        LocalDate today = seeded.today();
        for (String key : new String[]{"rivera", "novak", "campbell"}) {
            DemoCase d = seeded.byKey(key).orElseThrow();
            LocalDate opened = cases.findById(d.caseId()).orElseThrow().openedOn();
            long referral = add(d, EventKind.REFERRAL, null, opened.minusMonths(3), null, null, "5A");
            add(d, EventKind.CIN_PLAN, referral, opened.minusMonths(2), null, null, null);
        }
        DemoCase osei = seeded.byKey("osei").orElseThrow();
        LocalDate oseiOpened = cases.findById(osei.caseId()).orElseThrow().openedOn();
        long oseiReferral = add(osei, EventKind.REFERRAL, null, oseiOpened.minusMonths(3), null, null, "3A");
        add(osei, EventKind.CIN_PLAN, oseiReferral, oseiOpened.minusMonths(2), oseiOpened.plusMonths(1), null, null);
        add(osei, EventKind.CP_PLAN, oseiReferral, oseiOpened.plusMonths(1), null, "NEGLECT", null);

        DemoCase begum = seeded.byKey("begum").orElseThrow();
        LocalDate begumOpened = cases.findById(begum.caseId()).orElseThrow().openedOn();
        LocalDate begumClosed = begumOpened.plusMonths(9);
        long first = add(begum, EventKind.REFERRAL, null, begumOpened.minusMonths(2), begumClosed, "RC7", "5B");
        add(begum, EventKind.CIN_PLAN, first, begumOpened.minusMonths(1), begumClosed, null, null);
        LocalDate again = begumClosed.plusMonths(2).isAfter(today) ? today : begumClosed.plusMonths(2);
        add(begum, EventKind.REFERRAL, null, again, null, null, "2B");

        DemoCase murphy = seeded.byKey("murphy").orElseThrow();
        add(murphy, EventKind.REFERRAL, null, cases.findById(murphy.caseId()).orElseThrow().openedOn().minusMonths(1),
                null, null, "5A");
    }

    private long add(DemoCase d, EventKind kind, Long referralId, LocalDate start, LocalDate end, String code, String source) {
        return records.add(new SocialCareEvent(0, kind, d.childId(), referralId, start, end, code, source, 0));
    }
}
