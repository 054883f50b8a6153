package org.rightbalance.evaluation.synth;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes one council, family by family. Cohort children are dealt from urns so that each cohort's
 * size and published proportions come out exactly; background children are kept out of the cohort
 * windows at ages 10–13 so that they never enter a cohort.
 */
final class Generator {

    static final int TREATED = 0;
    static final int COMPARISON = 1;
    static final int EVALUATION = 2;
    static final int YOUNG = 3;
    static final int OLD = 4;
    static final int BEFORE = 5;
    static final int BACKGROUND = 6;

    private static final String[][] ETHNICITY = {
        {"WBRI", "WOTH", "WIRI", "WROM", "WIRT"},
        {"BAFR", "BCRB", "BOTH"},
        {"ABAN", "AIND", "APKN", "AOTH"},
        {"MWBC", "MWBA", "MWAS", "MOTH"},
        {"OOTH", "CHNE"}};
    private static final double[][] ETHNICITY_WEIGHT = {
        {0.60, 0.25, 0.08, 0.04, 0.03}, {0.60, 0.25, 0.15}, {0.55, 0.15, 0.10, 0.20}, {0.30, 0.20, 0.20, 0.30},
        {0.70, 0.30}};
    private static final double[] GROUP_WEIGHT = {0.33, 0.22, 0.28, 0.12, 0.05};
    private static final String[] NATIONALITY = {"Bangladeshi", "Somali", "Irish", "Portuguese", "Eritrean",
        "Romanian", "Nigerian", "Afghan", "Italian", "Other"};
    private static final String[] NEED = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N0"};
    private static final double[] NEED_WEIGHT = {0.50, 0.07, 0.08, 0.10, 0.02, 0.08, 0.01, 0.06, 0.05, 0.03};
    private static final String[] SOURCE = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
        "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"};
    private static final double[] SOURCE_WEIGHT = {0.03, 0.03, 0.02, 0.02, 0.03, 0.01, 0.17, 0.02, 0.06, 0.03,
        0.01, 0.04, 0.06, 0.05, 0.03, 0.26, 0.02, 0.03, 0.02, 0.01, 0.04, 0.01};
    private static final String[] CLOSE_NFA = {"RC8", "RC9", "RC7"};
    private static final double[] CLOSE_NFA_WEIGHT = {0.60, 0.30, 0.10};
    private static final String[] CLOSE_PLAN = {"RC7", "RC5", "RC3", "RC4", "RC1"};
    private static final double[] CLOSE_PLAN_WEIGHT = {0.75, 0.12, 0.06, 0.05, 0.02};

    private final Profile profile;
    private final ExtractWriter out;
    private final SplittableRandom deal;
    private final SplittableRandom families;

    private final int start;
    private final int extract;
    private final int treatedFrom;
    private final int comparisonFrom;
    private final int comparisonTo;
    private final int cutoff;

    private final Urn roles;
    private final long[] built = new long[6];
    private final CohortUrns[] cohorts = new CohortUrns[3];
    private long backgroundFamiliesLeft;

    /** Per-child state while its rows are written. */
    private int role;
    private boolean named;
    private int key;
    private int dob;
    private String lastKeyId;
    /** The key CIN plan's end (NONE when open or when the key referral has no plan). */
    private int keyPlanEnd;
    private boolean keyPlanOpen;

    Generator(Profile profile, long seed, double scale, ExtractWriter out) {
        this.profile = profile;
        this.out = out;
        SplittableRandom root = new SplittableRandom(seed);
        this.deal = root.split();
        this.families = root.split();
        start = Days.of(profile.dataStart());
        extract = Days.of(profile.extractDate());
        treatedFrom = Days.of(profile.treatedFrom());
        comparisonFrom = Days.of(profile.comparisonFrom());
        comparisonTo = Days.of(profile.comparisonTo());
        cutoff = Days.of(profile.cutoff());
        roles = Urn.scaled(scale, profile.treated().size(), profile.comparison().size(),
                profile.evaluationUntreated().size(), profile.flaggedTooYoung(), profile.flaggedTooOld(),
                profile.flaggedBeforeWindow());
        long[] sizes = Urn.scale(scale, profile.treated().size(), profile.comparison().size(),
                profile.evaluationUntreated().size(), profile.flaggedTooYoung(), profile.flaggedTooOld(),
                profile.flaggedBeforeWindow());
        cohorts[TREATED] = new CohortUrns(profile.treated(), sizes[TREATED]);
        cohorts[COMPARISON] = new CohortUrns(profile.comparison(), sizes[COMPARISON]);
        cohorts[EVALUATION] = new CohortUrns(profile.evaluationUntreated(), sizes[EVALUATION]);
        backgroundFamiliesLeft = Math.round(profile.backgroundFamilies() * scale);
    }

    long built(int r) {
        return built[r];
    }

    void run() throws IOException {
        while (roles.remaining() > 0 || backgroundFamiliesLeft > 0) {
            long c = roles.remaining();
            if (deal.nextLong(c + backgroundFamiliesLeft) < c) {
                cohortFamily();
            } else {
                backgroundFamiliesLeft--;
                backgroundFamily();
            }
        }
    }

    // ---------------------------------------------------------------- families

    private void cohortFamily() throws IOException {
        SplittableRandom rnd = families.split();
        String familyId = out.newFamily();
        int first = roles.draw(deal);
        int[] attributes = first <= EVALUATION ? cohorts[first].deal(deal, false) : null;
        boolean siblings = attributes != null ? attributes[SIB] == 0 : rnd.nextDouble() < 0.9;
        int[] dobs = new int[6];
        int n = 0;
        dobs[n++] = cohortChild(first, attributes, familyId, rnd, dobs, 0);
        if (!siblings) {
            return;
        }
        if (roles.remaining() > 0 && rnd.nextDouble() < 0.07) {
            int second = roles.peek(deal);
            if (second > EVALUATION) {
                roles.take(second);
                dobs[n++] = cohortChild(second, null, familyId, rnd, dobs, n - 1);
            } else if (cohorts[second].canDealWithSiblings()) {
                roles.take(second);
                int[] a = cohorts[second].deal(deal, true);
                dobs[n++] = cohortChild(second, a, familyId, rnd, dobs, n - 1);
            }
        }
        int others = n == 2 ? (rnd.nextDouble() < 0.5 ? 1 : 0) : 1 + (rnd.nextDouble() < 0.45 ? 1 : 0)
                + (rnd.nextDouble() < 0.15 ? 1 : 0);
        for (int i = 0; i < others; i++) {
            int d = siblingDob(rnd, dobs, n);
            dobs[n++] = d;
            backgroundChild(familyId, d, rnd, 0.45);
        }
    }

    private void backgroundFamily() throws IOException {
        SplittableRandom rnd = families.split();
        String familyId = out.newFamily();
        double u = rnd.nextDouble();
        int size = u < 0.35 ? 1 : u < 0.70 ? 2 : u < 0.90 ? 3 : 4;
        int[] dobs = new int[size];
        dobs[0] = between(rnd, Days.of(1995, 1, 1), extract - 60);
        backgroundChild(familyId, dobs[0], rnd, 0.92);
        for (int i = 1; i < size; i++) {
            dobs[i] = siblingDob(rnd, dobs, i);
            backgroundChild(familyId, dobs[i], rnd, 0.45);
        }
    }

    /** A brother or sister at least ten months from every child so far, born 1994 or later. */
    private int siblingDob(SplittableRandom rnd, int[] dobs, int n) {
        int d = dobs[0];
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = dobs[rnd.nextInt(n)];
            int gap = between(rnd, 300, 6 * 365);
            d = rnd.nextBoolean() ? base + gap : base - gap;
            if (d < Days.of(1994, 6, 1) || d > extract - 30) {
                continue;
            }
            if (spaced(d, dobs, n)) {
                return d;
            }
        }
        return d < Days.of(1994, 6, 1) || d > extract - 30 ? dobs[0] : d;
    }

    private static boolean spaced(int d, int[] dobs, int n) {
        for (int i = 0; i < n; i++) {
            if (Math.abs(d - dobs[i]) < 300) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- background children

    private void backgroundChild(String familyId, int birth, SplittableRandom rnd, double referred)
            throws IOException {
        role = BACKGROUND;
        dob = birth;
        named = false;
        key = Integer.MAX_VALUE;
        String group = backgroundEthnicity(rnd);
        String personId = out.person(backgroundSex(rnd), group, birth, backgroundNationality(rnd));
        out.member(familyId, personId);
        if (rnd.nextDouble() >= referred) {
            return;
        }
        int hi = Math.min(extract, Days.yearsBefore(birth, -18) - 1);
        int day = between(rnd, Math.max(start, birth), Math.max(Math.max(start, birth), hi));
        int count = 0;
        while (day <= hi && count < 6) {
            if (allowed(day)) {
                int close = episode(personId, day, extract, rnd, true);
                count++;
                day = (close == ExtractWriter.NONE ? extract : close) + 14 + (int) exponential(rnd, 420);
            } else {
                day += 60 + rnd.nextInt(300);
            }
        }
    }

    private String backgroundSex(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return u < 0.002 ? "U" : u < 0.501 ? "M" : "F";
    }

    private String backgroundEthnicity(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.015) {
            return "NOBT";
        } else if (u < 0.025) {
            return "REFU";
        } else if (u < 0.035) {
            return "";
        }
        return ethnicityCode(pick(rnd, GROUP_WEIGHT), rnd);
    }

    private String backgroundNationality(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.08) {
            return "";
        }
        return u < 0.68 ? "British" : NATIONALITY[rnd.nextInt(NATIONALITY.length)];
    }

    private static String ethnicityCode(int group, SplittableRandom rnd) {
        return ETHNICITY[group][pick(rnd, ETHNICITY_WEIGHT[group])];
    }

    // ---------------------------------------------------------------- cohort children

    private int cohortChild(int r, int[] a, String familyId, SplittableRandom rnd, int[] dobs, int n)
            throws IOException {
        built[r]++;
        role = r;
        CohortUrns urns = r <= EVALUATION ? cohorts[r] : null;
        boolean flagged = r == TREATED || r >= YOUNG;
        named = !flagged || r == BEFORE || rnd.nextDouble() >= 0.06;

        boolean post;
        if (a != null && a[QUARTER] > 0) {
            int quarter = a[QUARTER];
            Urn followUp = urns.followUp[quarter - 1];
            post = followUp.remaining() > 0 ? followUp.draw(deal) == 1 : rnd.nextBoolean();
            int lo = r == COMPARISON ? comparisonFrom : post ? cutoff + 1 : treatedFrom;
            int hi = r == COMPARISON ? comparisonTo - 1 : post ? extract - 7 : cutoff;
            key = dayInQuarter(rnd, lo, hi, quarter);
        } else if (r == BEFORE) {
            key = between(rnd, treatedFrom - 180, treatedFrom - 1);
            post = false;
        } else {
            key = between(rnd, treatedFrom, extract - 7);
            post = key > cutoff;
        }
        int group = post ? 1 : 0;
        int ageLo = r == YOUNG ? 6 : r == OLD ? 14 : r == BEFORE ? 8 : 10;
        int ageHi = r == YOUNG ? 9 : r == OLD ? 17 : r == BEFORE ? 15 : 13;
        dob = cohortDob(rnd, ageLo, ageHi, dobs, n);

        String sex;
        String ethnicity;
        String nationality;
        boolean previous;
        if (a != null) {
            sex = new String[] {"M", "F", "U"}[a[SEX]];
            ethnicity = ethnicityCode(a[ETHNIC], rnd);
            nationality = a[BRITISH] == 0 ? "British" : NATIONALITY[rnd.nextInt(NATIONALITY.length)];
            previous = a[PREVIOUS] == 0;
        } else {
            sex = rnd.nextBoolean() ? "M" : "F";
            ethnicity = ethnicityCode(pick(rnd, GROUP_WEIGHT), rnd);
            nationality = rnd.nextDouble() < 0.65 ? "British" : NATIONALITY[rnd.nextInt(NATIONALITY.length)];
            previous = rnd.nextDouble() < 0.6;
        }
        String personId = out.person(sex, ethnicity, dob, nationality);
        out.member(familyId, personId);

        boolean rereferred = urns != null && urns.rereferral[group] != null
                ? urns.rereferral[group].drawOrAny(deal) == 0 : rnd.nextDouble() < 0.11;
        boolean escalated = urns != null && urns.escalation[group] != null
                ? urns.escalation[group].drawOrAny(deal) == 0 : rnd.nextDouble() < 0.13;
        Boolean open = urns == null || urns.open[group] == null ? null
                : rereferred && urns.open[group].remaining(1) > 0 ? closedKeyPlan(urns.open[group])
                : urns.open[group].drawOrAny(deal) == 0;
        double meanDays = urns != null ? urns.meanPlanDays : 180;

        if (previous) {
            previousReferrals(personId, rnd);
        }
        int close = keyReferral(personId, rnd, open, urns, meanDays, r, rereferred);
        int limit = Math.min(key + 365, extract);
        if (rereferred) {
            int lo = close != ExtractWriter.NONE && close < limit ? close + 1
                    : keyPlanEnd != ExtractWriter.NONE && keyPlanEnd < limit ? keyPlanEnd + 1 : key + 1;
            int day = allowedDay(rnd, lo, limit);
            if (day == ExtractWriter.NONE) {
                day = allowedDay(rnd, key + 1, limit);
            }
            if (day != ExtractWriter.NONE) {
                episode(personId, day, extract, rnd, false);
            } else if (urns != null && urns.rereferral[group] != null) {
                throw new IllegalStateException("no day to re-refer " + personId);
            }
        }
        if (key + 366 <= extract && rnd.nextDouble() < 0.25) {
            int day = allowedDay(rnd, key + 366, extract);
            if (day != ExtractWriter.NONE && keyPlanEnd != ExtractWriter.NONE && day <= keyPlanEnd) {
                day = keyPlanEnd < extract ? allowedDay(rnd, keyPlanEnd + 1, extract) : ExtractWriter.NONE;
            }
            if (day != ExtractWriter.NONE && !keyPlanOpen) {
                episode(personId, day, extract, rnd, false);
            }
        }
        escalation(personId, rnd, escalated, limit);
        if (flagged) {
            int begin = Math.min(Math.max(key + between(rnd, 7, 60), treatedFrom + rnd.nextInt(30)), extract);
            int end = begin + between(rnd, 90, 420);
            out.participation(personId, named ? lastKeyId : null, SyntheticCouncil.PROGRAMME, begin,
                    end > extract ? ExtractWriter.NONE : end);
        }
        return dob;
    }

    private int cohortDob(SplittableRandom rnd, int ageLo, int ageHi, int[] dobs, int n) {
        int d = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            int age = between(rnd, ageLo, ageHi);
            int lo = Days.yearsBefore(key, age + 1) + 1;
            int hi = Days.yearsBefore(key, age);
            d = between(rnd, lo, hi);
            while (Days.age(d, key) > age) {
                d++;
            }
            while (Days.age(d, key) < age) {
                d--;
            }
            if (spaced(d, dobs, n)) {
                return d;
            }
        }
        return d;
    }

    private int dayInQuarter(SplittableRandom rnd, int lo, int hi, int quarter) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int d = between(rnd, lo, hi);
            if (Days.quarter(d) == quarter) {
                return d;
            }
        }
        throw new IllegalStateException("no day of quarter " + quarter + " between " + Days.text(lo) + " and "
                + Days.text(hi));
    }

    private void previousReferrals(String personId, SplittableRandom rnd) throws IOException {
        int count = 1 + (rnd.nextDouble() < 0.35 ? 1 : 0) + (rnd.nextDouble() < 0.10 ? 1 : 0);
        int lo = Math.max(start, dob + 30);
        int hi = key - 30;
        int[] days = new int[count];
        int found = 0;
        for (int i = 0; i < count; i++) {
            int d = allowedDay(rnd, lo, hi);
            if (d != ExtractWriter.NONE) {
                days[found++] = d;
            }
        }
        if (found == 0) {
            throw new IllegalStateException("no day for a previous referral of " + personId);
        }
        java.util.Arrays.sort(days, 0, found);
        int last = days[0] - 1000;
        for (int i = 0; i < found; i++) {
            if (days[i] - last < 45) {
                continue;
            }
            int bound = i + 1 < found ? days[i + 1] - 1 : key - 1;
            episode(personId, days[i], bound, rnd, false);
            last = days[i];
        }
    }

    /**
     * A key CIN plan that is closed, for a child to be re-referred within the year: a census cannot hold a
     * referral while the previous episode (and its plan) is open.
     */
    private static boolean closedKeyPlan(Urn open) {
        open.take(1);
        return false;
    }

    /**
     * The key referral and its CIN plan; returns the episode's close day or NONE while open. A child to be
     * re-referred gets one of the shortest closed plan lengths left, so the plan ends before the re-referral.
     */
    private int keyReferral(String personId, SplittableRandom rnd, Boolean open, CohortUrns urns,
                            double meanDays, int r, boolean rereferred) throws IOException {
        keyPlanEnd = ExtractWriter.NONE;
        keyPlanOpen = false;
        boolean plan = r <= EVALUATION && r != EVALUATION || rnd.nextDouble() < 0.9;
        String need = NEED[pick(rnd, NEED_WEIGHT)];
        String source = SOURCE[pick(rnd, SOURCE_WEIGHT)];
        if (!plan) {
            int close = Math.min(key + between(rnd, 1, 40), extract);
            lastKeyId = out.referral(personId, key, need, source, close, CLOSE_NFA[pick(rnd, CLOSE_NFA_WEIGHT)]);
            return close;
        }
        int planStart = Math.min(key + between(rnd, 3, 45), extract);
        int planEnd;
        if (open == null) {
            planEnd = planStart + planDays(rnd, meanDays);
            if (planEnd > extract) {
                planEnd = ExtractWriter.NONE;
            }
        } else if (open) {
            planEnd = ExtractWriter.NONE;
        } else {
            planEnd = planStart + Math.min(closedPlanDays(rnd, urns, rereferred), extract - planStart);
        }
        keyPlanEnd = planEnd;
        keyPlanOpen = planEnd == ExtractWriter.NONE;
        int close = planEnd == ExtractWriter.NONE ? ExtractWriter.NONE : Math.min(planEnd + rnd.nextInt(21), extract);
        String reason = close == ExtractWriter.NONE ? "" : CLOSE_PLAN[pick(rnd, CLOSE_PLAN_WEIGHT)];
        lastKeyId = out.referral(personId, key, need, source, close, reason);
        out.cinPlan(lastKeyId, personId, planStart, planEnd, r < EVALUATION);
        return close;
    }

    private void escalation(String personId, SplittableRandom rnd, boolean escalated, int limit) throws IOException {
        if (escalated) {
            int day = limit >= key + 14 ? between(rnd, key + 14, limit) : between(rnd, key + 1, limit);
            protectionOrCare(personId, day, rnd);
        } else if (key + 366 <= extract && rnd.nextDouble() < 0.10) {
            protectionOrCare(personId, between(rnd, key + 366, extract), rnd);
        }
        if (rnd.nextDouble() < 0.07 && key - 90 > Math.max(start, dob)) {
            int s = between(rnd, Math.max(start, dob), key - 90);
            int e = Math.min(s + planDays(rnd, 300), key - 1);
            out.cpPlan(personId, s, e);
        }
    }

    private void protectionOrCare(String personId, int day, SplittableRandom rnd) throws IOException {
        if (rnd.nextDouble() < 0.7) {
            int end = day + planDays(rnd, 330);
            out.cpPlan(personId, day, end > extract ? ExtractWriter.NONE : end);
        } else {
            int end = day + planDays(rnd, 500);
            out.careEpisode(personId, day, end > extract ? ExtractWriter.NONE : end);
        }
    }

    // ---------------------------------------------------------------- episodes

    /**
     * A referral on {@code day} and what followed, everything closed by {@code bound} (or left open
     * if it runs past the extract date and {@code bound} is the extract date). Background episodes
     * may lead to child protection or care. Returns the close day, or NONE while open.
     */
    private int episode(String personId, int day, int bound, SplittableRandom rnd, boolean escalate)
            throws IOException {
        String need = NEED[pick(rnd, NEED_WEIGHT)];
        String source = SOURCE[pick(rnd, SOURCE_WEIGHT)];
        boolean mayStayOpen = bound >= extract;
        int planStart = day + between(rnd, 5, 40);
        if (rnd.nextDouble() < 0.38 && planStart <= bound) {
            int planEnd = planStart + planDays(rnd, 180);
            int close = planEnd + rnd.nextInt(21);
            if (close > bound) {
                if (mayStayOpen) {
                    planEnd = planEnd > extract ? ExtractWriter.NONE : planEnd;
                    close = ExtractWriter.NONE;
                } else {
                    close = bound;
                    planEnd = Math.min(planEnd, bound);
                }
            }
            String reason = close == ExtractWriter.NONE ? "" : CLOSE_PLAN[pick(rnd, CLOSE_PLAN_WEIGHT)];
            String id = out.referral(personId, day, need, source, close, reason);
            out.cinPlan(id, personId, planStart, planEnd);
            if (escalate) {
                escalateBackground(personId, day, rnd);
            }
            return close;
        }
        int close = Math.min(day + between(rnd, 1, 45), bound);
        if (close < day) {
            close = day;
        }
        out.referral(personId, day, need, source, close, CLOSE_NFA[pick(rnd, CLOSE_NFA_WEIGHT)]);
        return close;
    }

    private void escalateBackground(String personId, int day, SplittableRandom rnd) throws IOException {
        double u = rnd.nextDouble();
        if (u < 0.17) {
            int s = day + between(rnd, 15, 120);
            if (s <= extract) {
                int e = s + planDays(rnd, 330);
                out.cpPlan(personId, s, e > extract ? ExtractWriter.NONE : e);
            }
        } else if (u < 0.26) {
            int s = day + between(rnd, 20, 240);
            if (s <= extract) {
                int e = s + planDays(rnd, 500);
                out.careEpisode(personId, s, e > extract ? ExtractWriter.NONE : e);
            }
        }
    }

    // ---------------------------------------------------------------- rules

    /** Whether this child may have a referral on {@code day} without changing which cohort it is in. */
    private boolean allowed(int day) {
        if (day < dob || day < start || day > extract || Days.age(dob, day) > 17) {
            return false;
        }
        int age = Days.age(dob, day);
        boolean band = age >= 10 && age <= 13;
        boolean inComparison = day >= comparisonFrom && day < comparisonTo;
        boolean inEvaluation = day >= treatedFrom;
        return switch (role) {
            case BACKGROUND -> !(band && (inComparison || inEvaluation));
            case COMPARISON -> day < key ? !(band && inComparison) : !(band && inEvaluation);
            case EVALUATION -> day >= key || !(band && (inComparison || inEvaluation));
            default -> named || day >= key || !inEvaluation;
        };
    }

    /** A random allowed day in [lo, hi], or NONE when there is none. */
    private int allowedDay(SplittableRandom rnd, int lo, int hi) {
        if (lo > hi) {
            return ExtractWriter.NONE;
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int d = between(rnd, lo, hi);
            if (allowed(d)) {
                return d;
            }
        }
        int offset = rnd.nextInt(hi - lo + 1);
        for (int i = 0; i <= hi - lo; i++) {
            int d = lo + (offset + i) % (hi - lo + 1);
            if (allowed(d)) {
                return d;
            }
        }
        return ExtractWriter.NONE;
    }

    // ---------------------------------------------------------------- random helpers

    private static int between(SplittableRandom rnd, int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private static int planDays(SplittableRandom rnd, double mean) {
        double sigma = 0.75;
        double mu = Math.log(mean) - sigma * sigma / 2;
        double d = Math.exp(mu + sigma * rnd.nextGaussian());
        return (int) Math.max(14, Math.min(d, 2500));
    }

    /**
     * Length of a closed key CIN plan: Weibull (shape 1.3) with the cohort's mean, its quantile
     * drawn stratified (twenty equal-probability bins dealt without replacement) so that the
     * cohort's mean lands close to the published one for any seed.
     */
    private int closedPlanDays(SplittableRandom rnd, CohortUrns urns, boolean shortest) {
        int bin = shortest && urns.planBins.remaining() > 0 ? urns.planBins.takeLowest()
                : urns.planBins.drawOrAny(deal);
        double u = (bin + rnd.nextDouble()) / PLAN_BINS;
        double lambda = urns.meanPlanDays / WEIBULL_MEAN_FACTOR;
        return (int) Math.max(7, Math.round(lambda * Math.pow(-Math.log(1 - u), 1 / WEIBULL_SHAPE)));
    }

    private static final int PLAN_BINS = 20;
    private static final double WEIBULL_SHAPE = 1.3;
    /** Gamma(1 + 1/1.3). */
    private static final double WEIBULL_MEAN_FACTOR = 0.923581;

    private static double exponential(SplittableRandom rnd, double mean) {
        return -mean * Math.log(1 - rnd.nextDouble());
    }

    private static int pick(SplittableRandom rnd, double[] weights) {
        double u = rnd.nextDouble();
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        u *= sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static final int PREVIOUS = 0;
    private static final int SEX = 1;
    private static final int QUARTER = 2;
    private static final int SIB = 3;
    private static final int ETHNIC = 4;
    private static final int BRITISH = 5;

    /**
     * The urns of one cohort, scaled: which children are laid down ({@link Profile.Fixed}), and for
     * every attribute the counts the totals leave for the rest.
     */
    private static final class CohortUrns {
        final Urn kind;
        final Urn fixed;
        final int[][] records;
        final Urn[] attribute = new Urn[6];
        final Urn[] followUp = new Urn[4];
        final Urn[] rereferral = new Urn[2];
        final Urn[] escalation = new Urn[2];
        final Urn[] open = new Urn[2];
        final double meanPlanDays;
        Urn planBins;

        CohortUrns(Profile.Cohort c, long size) {
            double f = (double) size / c.size();
            meanPlanDays = c.meanPlanDays();
            records = new int[c.fixed().size()][];
            long[] ones = new long[records.length];
            for (int i = 0; i < records.length; i++) {
                Profile.Fixed x = c.fixed().get(i);
                records[i] = new int[] {x.previousReferral(), x.sex(), x.quarter(), x.siblings(), x.ethnicity(),
                    x.british()};
                ones[i] = 1;
            }
            long[] fixedCounts = Urn.scale(f, ones);
            long fixedTotal = 0;
            for (long k : fixedCounts) {
                fixedTotal += k;
            }
            fixed = records.length == 0 ? null : Urn.of(fixedCounts);
            kind = Urn.of(fixedTotal, size - fixedTotal);
            long[] quarters = null;
            if (c.quarterByFollowUp() != null) {
                long[] q = c.quarterByFollowUp();
                quarters = new long[] {q[0] + q[4], q[1] + q[5], q[2] + q[6], q[3] + q[7]};
                for (int k = 0; k < 4; k++) {
                    followUp[k] = Urn.scaled(f, q[k], q[k + 4]);
                }
            }
            long[][] totals = {c.previousReferral(), c.sex(), quarters, c.siblings(), c.ethnicity(), c.british()};
            for (int k = 0; k < 6; k++) {
                if (totals[k] == null) {
                    continue;
                }
                long[] left = Urn.scale(f, totals[k]);
                long unspecified = size;
                for (int i = 0; i < records.length; i++) {
                    int v = records[i][k];
                    if (v != Profile.Fixed.ANY) {
                        int index = k == QUARTER ? v - 1 : v;
                        left[index] = Math.max(0, left[index] - fixedCounts[i]);
                        unspecified -= fixedCounts[i];
                    }
                }
                attribute[k] = fitted(unspecified, left);
            }
            if (c.quarterByFollowUp() == null) {
                return;
            }
            long[] q = c.quarterByFollowUp();
            long[] groups = {0, 0};
            long[] published = {q[0] + q[1] + q[2] + q[3], 0};
            published[1] = c.size() - published[0];
            for (int k = 0; k < 4; k++) {
                groups[0] += followUp[k].remaining(0);
                groups[1] += followUp[k].remaining(1);
            }
            for (int g = 0; g < 2; g++) {
                rereferral[g] = outcome(c.rereferral(), g, published[g], groups[g]);
                escalation[g] = outcome(c.escalation(), g, published[g], groups[g]);
                open[g] = outcome(c.openPlan(), g, published[g], groups[g]);
            }
            long closed = 0;
            for (int g = 0; g < 2; g++) {
                if (open[g] != null) {
                    closed += open[g].remaining(1);
                }
            }
            long[] bins = new long[PLAN_BINS];
            for (int b = 0; b < PLAN_BINS; b++) {
                bins[b] = (b + 1) * closed / PLAN_BINS - b * closed / PLAN_BINS;
            }
            planBins = Urn.of(bins);
        }

        boolean canDealWithSiblings() {
            return kind.remaining(1) > 0 && attribute[SIB].remaining(0) > 0;
        }

        /** The next child's attributes; {@code withSiblings} deals one of the rest who has siblings. */
        int[] deal(SplittableRandom random, boolean withSiblings) {
            int[] record;
            if (withSiblings) {
                kind.take(1);
                record = null;
            } else {
                record = kind.draw(random) == 0 ? records[fixed.draw(random)] : null;
            }
            int[] a = new int[6];
            for (int k = 0; k < 6; k++) {
                int v = record == null ? Profile.Fixed.ANY : record[k];
                if (v == Profile.Fixed.ANY && attribute[k] != null) {
                    if (k == SIB && withSiblings && attribute[k].remaining(0) > 0) {
                        attribute[k].take(0);
                        v = 0;
                    } else {
                        v = attribute[k].drawOrAny(random);
                        v = k == QUARTER ? v + 1 : v;
                    }
                }
                a[k] = v;
            }
            return a;
        }

        private static Urn outcome(long[] yes, int g, long published, long size) {
            if (yes == null || size == 0) {
                return null;
            }
            long[] counts = {yes[g], published - yes[g]};
            return fitted(size, Urn.scale(published == 0 ? 0 : (double) size / published, counts));
        }

        /** Rounding can leave a category count one off the cohort size: adjust the largest category. */
        private static Urn fitted(long size, long[] counts) {
            long sum = 0;
            int largest = 0;
            for (int i = 0; i < counts.length; i++) {
                sum += counts[i];
                if (counts[i] > counts[largest]) {
                    largest = i;
                }
            }
            counts[largest] += size - sum;
            return Urn.of(counts);
        }
    }
}
