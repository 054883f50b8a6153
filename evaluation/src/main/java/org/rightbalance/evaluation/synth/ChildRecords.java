package org.rightbalance.evaluation.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One child's referrals, plans and periods of care, held until the child is complete and then shaped so that
 * they also make a valid DfE CIN census and SSDA903 return (see {@code docs/cin-census.md}, {@code
 * docs/ssda903.md}), not only a valid SSD extract.
 *
 * <p>The generator draws each event on its own; drawn together they can break the returns' rules (a CP plan
 * before any referral or running past its episode's closure, a CIN plan while a CP plan runs, care periods
 * overlapping, a referral while the previous episode is open). {@link #shape()} repairs that by moving end
 * dates only — it never moves a referral date, a CP plan's or care period's start, or (but for rule 1) a
 * protected CIN plan (the key referral's plan of a treated or comparison child) — so every figure the evaluation and the calibration read
 * (cohorts, previous referral, re-referral, escalation starts, days on the key plan, open key plans) is what
 * the generator drew. Its rules, in order:
 *
 * <ol>
 *   <li>an episode still open (or closing later) when the child's next referral arrives closes on that day
 *       (reason RC8 if it had none), and its CIN plans end by then (one drawn to start later is left out);</li>
 *   <li>a CP plan before the child's first referral is left out (the census cannot hold it); a CP plan runs
 *       within the episode of the latest referral on or before its start: it ends by the next referral, and
 *       the episode stays open until the plan ends; a CP plan ends when the next one starts;</li>
 *   <li>a CP plan that starts before a CIN plan ends when the CIN plan starts; a CIN plan that a CP plan starts
 *       during ends when the CP plan starts, unless it is protected — then the child is taken into care on that
 *       day instead (a period of care with the CP plan's dates), so the escalation date is kept;</li>
 *   <li>a period of care ends when the next one starts; a second period starting on the same day is dropped.</li>
 * </ol>
 *
 * <p>Rule 1 cuts even a protected plan, since a census cannot hold a referral while the previous episode is
 * open; the generator avoids drawing that (a child to be re-referred within the year is dealt a closed key plan
 * of one of the shortest lengths left, and is referred again only after it ends), so it happens only when the
 * urns leave no other choice.
 */
final class ChildRecords {

    static final int NONE = ExtractWriter.NONE;

    /** A referral and the CIN episode it opened. */
    static final class Episode {
        final String id;
        final int date;
        final String need;
        final String source;
        int close;
        String reason;

        Episode(String id, int date, String need, String source, int close, String reason) {
            this.id = id;
            this.date = date;
            this.need = need;
            this.source = source;
            this.close = close;
            this.reason = reason;
        }
    }

    /** A CIN plan, CP plan or period of care: a start and an end (NONE while open). */
    static final class Span {
        final String referralId;
        final int start;
        int end;
        final boolean protectedPlan;
        boolean dropped;

        Span(String referralId, int start, int end, boolean protectedPlan) {
            this.referralId = referralId;
            this.start = start;
            this.end = end;
            this.protectedPlan = protectedPlan;
        }

        boolean overlaps(Span o) {
            return start < (o.end == NONE ? Integer.MAX_VALUE : o.end)
                    && o.start < (end == NONE ? Integer.MAX_VALUE : end);
        }
    }

    final List<Episode> episodes = new ArrayList<>();
    final List<Span> cinPlans = new ArrayList<>();
    final List<Span> cpPlans = new ArrayList<>();
    final List<Span> care = new ArrayList<>();

    boolean isEmpty() {
        return episodes.isEmpty() && cinPlans.isEmpty() && cpPlans.isEmpty() && care.isEmpty();
    }

    void clear() {
        episodes.clear();
        cinPlans.clear();
        cpPlans.clear();
        care.clear();
    }

    /** Applies the rules of the class comment; the lists keep their order (dropped rows are flagged). */
    void shape() {
        List<Episode> byDate = new ArrayList<>(episodes);
        byDate.sort(Comparator.comparingInt(e -> e.date));
        closeBeforeNextReferral(byDate);
        placeProtectionPlans(byDate);
        separateCinFromProtection();
        separateCare();
    }

    private void closeBeforeNextReferral(List<Episode> byDate) {
        for (int i = 0; i + 1 < byDate.size(); i++) {
            Episode e = byDate.get(i);
            int next = byDate.get(i + 1).date;
            if (e.close == NONE || e.close > next) {
                e.close = next;
                if (e.reason.isEmpty()) {
                    e.reason = "RC8";
                }
                for (Span plan : cinPlans) {
                    if (plan.referralId.equals(e.id) && (plan.end == NONE || plan.end > next)) {
                        if (plan.start >= next) {
                            plan.dropped = true;
                        } else {
                            plan.end = next;
                        }
                    }
                }
            }
        }
    }

    private void placeProtectionPlans(List<Episode> byDate) {
        List<Span> sorted = new ArrayList<>(cpPlans);
        sorted.sort(Comparator.comparingInt(s -> s.start));
        Span previous = null;
        for (Span cp : sorted) {
            int home = -1;
            for (int i = 0; i < byDate.size() && byDate.get(i).date <= cp.start; i++) {
                home = i;
            }
            if (home < 0) {
                cp.dropped = true;
                continue;
            }
            if (home + 1 < byDate.size()) {
                int bound = byDate.get(home + 1).date;
                if (cp.end == NONE || cp.end > bound) {
                    cp.end = bound;
                }
            }
            if (previous != null && (previous.end == NONE || previous.end > cp.start)) {
                previous.end = cp.start;
            }
            Episode e = byDate.get(home);
            if (e.close != NONE && (cp.end == NONE || cp.end > e.close)) {
                e.close = cp.end;
                e.reason = cp.end == NONE ? "" : e.reason;
            }
            previous = cp;
        }
    }

    private void separateCinFromProtection() {
        for (Span cp : cpPlans) {
            for (Span cin : cinPlans) {
                if (cp.dropped || cin.dropped || !cp.overlaps(cin)) {
                    continue;
                }
                if (cp.start <= cin.start) {
                    cp.end = cin.start;
                } else if (!cin.protectedPlan) {
                    cin.end = cp.start;
                } else {
                    cp.dropped = true;
                    care.add(new Span(null, cp.start, cp.end, false));
                }
            }
        }
    }

    private void separateCare() {
        List<Span> sorted = new ArrayList<>(care);
        sorted.sort(Comparator.comparingInt(s -> s.start));
        care.clear();
        Span previous = null;
        for (Span c : sorted) {
            if (previous != null && previous.start == c.start) {
                continue;
            }
            if (previous != null && (previous.end == NONE || previous.end > c.start)) {
                previous.end = c.start;
            }
            care.add(c);
            previous = c;
        }
    }
}
