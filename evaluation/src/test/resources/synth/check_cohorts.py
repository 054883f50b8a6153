#!/usr/bin/env python3
"""Independent check of a synthetic SSD extract against the RBFF evaluation design.

Reads the seven CSV files of a folder written by SyntheticCouncil, applies the cohort and outcome
rules of the evaluation plan from scratch (standard library only, no code shared with the Java
generator), validates every row, and prints cohort counts, matched-variable proportions, Table 6-7
characteristics, outcome rates and the coarsened-exact-matching counts.

    python3 check_cohorts.py FOLDER [--json]

Rules (Appendix 4 of the 2020 report, as encoded in the evaluation plan):
  treated     flagged RBFF; key referral = programme_participation.referral_id, else the first
              referral on/after 2017-09-01; key on/after 2017-09-01; aged 10-13 (completed years)
  comparison  not flagged; first referral in [2015-09-01, 2017-02-19) at which aged 10-13
  evaluation-period untreated
              not flagged; first referral on/after 2017-09-01 at which aged 10-13
  previous_referral  any referral before the key referral
  siblings    the family has another person in ssd_family
  quarter     calendar quarter of the key referral
  rereferral_1y      another referral dated in (key, key+365]
  cin_plan_days      end - start of the first CIN plan of the key referral (open plans excluded, counted)
  escalation_1y      a CP plan or care episode starting in (key, key+365]
  followup_complete  key+365 <= 2020-02-18
"""
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import defaultdict

EXTRACT = dt.date(2020, 2, 18)
TREATED_FROM = dt.date(2017, 9, 1)
COMP_FROM = dt.date(2015, 9, 1)
COMP_TO = dt.date(2017, 2, 19)
CUTOFF = dt.date(2019, 2, 18)
ETHNIC_GROUP = {}
for g, codes in {"White": "WBRI WIRI WIRT WOTH WROM", "Mixed": "MWBC MWBA MWAS MOTH",
                 "Asian": "AIND APKN ABAN AOTH", "Black": "BCRB BAFR BOTH", "Other": "CHNE OOTH"}.items():
    for c in codes.split():
        ETHNIC_GROUP[c] = g
ETHNIC_CODES = set(ETHNIC_GROUP) | {"REFU", "NOBT", ""}
SOURCES = set("1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 5D 6 7 8 9 10".split())
NEEDS = {"N%d" % i for i in range(10)}
REASONS = {"RC%d" % i for i in range(1, 10)}

problems = []


def problem(msg):
    if len(problems) < 50:
        problems.append(msg)
    else:
        problems.append(None)


def date(text, where, optional=False):
    if text == "":
        if not optional:
            problem("%s: missing date" % where)
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        problem("%s: bad date %r" % (where, text))
        return None
    return dt.date.fromisoformat(text)


def rows(folder, name, header):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        head = next(r)
        if head != header:
            problem("%s: header %s" % (name, head))
        for i, row in enumerate(r, start=2):
            if len(row) != len(header):
                problem("%s:%d: %d fields" % (name, i, len(row)))
                continue
            yield "%s:%d" % (name, i), row


def age(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def read(folder):
    people = {}
    for w, (pid, sex, eth, dob, nat) in rows(folder, "ssd_person.csv",
                                             ["pers_person_id", "pers_sex", "pers_ethnicity", "pers_dob",
                                              "pers_nationality"]):
        if pid in people:
            problem("%s: duplicate person %s" % (w, pid))
        if sex not in ("M", "F", "U"):
            problem("%s: sex %r" % (w, sex))
        if eth not in ETHNIC_CODES:
            problem("%s: ethnicity %r" % (w, eth))
        d = date(dob, w)
        if d and d > EXTRACT:
            problem("%s: born after the extract" % w)
        people[pid] = (sex, eth, d, nat)
    family_of = {}
    family_size = defaultdict(int)
    for w, (fid, pid) in rows(folder, "ssd_family.csv", ["fami_family_id", "fami_person_id"]):
        if pid not in people:
            problem("%s: unknown person %s" % (w, pid))
        if pid in family_of:
            problem("%s: person %s in two families" % (w, pid))
        family_of[pid] = fid
        family_size[fid] += 1
    referrals = defaultdict(list)  # person -> [(date, id)]
    referral = {}
    for w, (rid, pid, rdate, need, src, cdate, reason) in rows(
            folder, "ssd_cin_episodes.csv",
            ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code",
             "cine_referral_source_code", "cine_close_date", "cine_close_reason"]):
        if rid in referral:
            problem("%s: duplicate referral %s" % (w, rid))
        if pid not in people:
            problem("%s: unknown person %s" % (w, pid))
        r = date(rdate, w)
        c = date(cdate, w, optional=True)
        if need not in NEEDS or src not in SOURCES:
            problem("%s: code %s %s" % (w, need, src))
        if (c is None) != (reason == "") or (reason and reason not in REASONS):
            problem("%s: closure %r %r" % (w, cdate, reason))
        if r and c and c < r:
            problem("%s: closes before referral" % w)
        if r and (r > EXTRACT or (c and c > EXTRACT)):
            problem("%s: after the extract date" % w)
        if r and pid in people and people[pid][2] and r < people[pid][2]:
            problem("%s: referral before birth" % w)
        referral[rid] = (pid, r, c)
        referrals[pid].append((r, rid))
    plans = defaultdict(list)  # referral -> [(start, end)]
    n_plans = 0
    seen = set()
    for w, (cid, rid, pid, s, e) in rows(folder, "ssd_cin_plans.csv",
                                         ["cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id",
                                          "cinp_cin_plan_start_date", "cinp_cin_plan_end_date"]):
        n_plans += 1
        if cid in seen:
            problem("%s: duplicate plan" % w)
        seen.add(cid)
        if rid not in referral or referral[rid][0] != pid:
            problem("%s: plan's referral %s is not person %s's" % (w, rid, pid))
        s, e = date(s, w), date(e, w, optional=True)
        if s and e and e < s:
            problem("%s: plan ends before it starts" % w)
        if s and (s > EXTRACT or (e and e > EXTRACT)):
            problem("%s: after the extract date" % w)
        plans[rid].append((s, e))
    escalations = defaultdict(list)
    counts = {}
    for name, header in (("ssd_cp_plans.csv", ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date",
                                               "cppl_cp_plan_end_date"]),
                         ("ssd_cla_episodes.csv", ["clae_cla_episode_id", "clae_person_id",
                                                   "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"])):
        seen = set()
        n = 0
        for w, (xid, pid, s, e) in rows(folder, name, header):
            n += 1
            if xid in seen:
                problem("%s: duplicate id" % w)
            seen.add(xid)
            if pid not in people:
                problem("%s: unknown person %s" % (w, pid))
            s, e = date(s, w), date(e, w, optional=True)
            if s and e and e < s:
                problem("%s: ends before it starts" % w)
            if s and (s > EXTRACT or (e and e > EXTRACT)):
                problem("%s: after the extract date" % w)
            escalations[pid].append(s)
        counts[name] = n
    flagged = {}
    for w, (pid, rid, prog, s, e) in rows(folder, "programme_participation.csv",
                                          ["person_id", "referral_id", "programme", "start_date", "end_date"]):
        if pid not in people:
            problem("%s: unknown person %s" % (w, pid))
        if rid and (rid not in referral or referral[rid][0] != pid):
            problem("%s: referral %s is not person %s's" % (w, rid, pid))
        s, e = date(s, w), date(e, w, optional=True)
        if s and e and e < s:
            problem("%s: ends before it starts" % w)
        if prog == "RBFF":
            flagged[pid] = rid
    for pid in referrals:
        referrals[pid].sort()
    counts.update({"people": len(people), "families": len(family_size), "referrals": len(referral),
                   "cin_plans": n_plans, "flagged": len(flagged)})
    return people, family_of, family_size, referrals, referral, plans, escalations, flagged, counts


def cohorts(people, referrals, referral, flagged):
    treated, comparison, evaluation = {}, {}, {}
    consort = {"flagged": len(flagged), "no key referral on/after 2017-09-01": 0, "aged under 10": 0,
               "aged 14 or over": 0}
    for pid, rid in flagged.items():
        dob = people[pid][2]
        if rid:
            key = (referral[rid][1], rid)
        else:
            later = [r for r in referrals[pid] if r[0] >= TREATED_FROM]
            key = later[0] if later else None
        if key is None or key[0] < TREATED_FROM:
            consort["no key referral on/after 2017-09-01"] += 1
            continue
        a = age(dob, key[0])
        if a < 10:
            consort["aged under 10"] += 1
        elif a > 13:
            consort["aged 14 or over"] += 1
        else:
            treated[pid] = key
    for pid, refs in referrals.items():
        if pid in flagged:
            continue
        dob = people[pid][2]
        for d, rid in refs:
            if COMP_FROM <= d < COMP_TO and 10 <= age(dob, d) <= 13:
                comparison[pid] = (d, rid)
                break
        for d, rid in refs:
            if d >= TREATED_FROM and 10 <= age(dob, d) <= 13:
                evaluation[pid] = (d, rid)
                break
    consort["treated"] = len(treated)
    return treated, comparison, evaluation, consort


def characteristics(cohort, people, family_of, family_size, referrals, plans, escalations):
    out = []
    for pid, (key, rid) in cohort.items():
        sex, eth, dob, nat = people[pid]
        refs = referrals[pid]
        first_plan = sorted(plans.get(rid, []))[:1]
        if first_plan:
            s, e = first_plan[0]
            days = (e - s).days if e else None
            open_plan = e is None
        else:
            days, open_plan = None, False
        fam = family_of.get(pid)
        out.append({
            "person": pid, "key": key, "family": fam, "sex": sex,
            "previous": any(d < key for d, _ in refs),
            "siblings": fam is not None and family_size[fam] > 1,
            "quarter": (key.month - 1) // 3 + 1,
            "group": ETHNIC_GROUP.get(eth, "Unknown"),
            "british": nat == "British",
            "rereferral": any(key < d <= key + dt.timedelta(days=365) for d, r in refs if r != rid),
            "escalation": any(key < s <= key + dt.timedelta(days=365) for s in escalations.get(pid, [])),
            "plan_days": days, "open_plan": open_plan, "has_plan": bool(first_plan),
            "followup": key + dt.timedelta(days=365) <= EXTRACT,
            "after_cutoff": key > CUTOFF,
        })
    return out


def share(rows, f):
    return sum(1 for r in rows if f(r)) / len(rows) if rows else float("nan")


def summary(rows):
    closed = [r["plan_days"] for r in rows if r["plan_days"] is not None]
    s = {"n": len(rows),
         "previous_referral": share(rows, lambda r: r["previous"]),
         "male": share(rows, lambda r: r["sex"] == "M"),
         "female": share(rows, lambda r: r["sex"] == "F"),
         "unknown_sex": share(rows, lambda r: r["sex"] == "U"),
         "siblings": share(rows, lambda r: r["siblings"])}
    for q in range(1, 5):
        s["quarter_%d" % q] = share(rows, lambda r, q=q: r["quarter"] == q)
    for g in ("White", "Black", "Asian", "Mixed", "Other", "Unknown"):
        s[g] = share(rows, lambda r, g=g: r["group"] == g)
    s["british"] = share(rows, lambda r: r["british"])
    s["rereferral_1y"] = share(rows, lambda r: r["rereferral"])
    s["rereferral_1y_followup_complete"] = share([r for r in rows if r["followup"]], lambda r: r["rereferral"])
    s["rereferral_1y_after_cutoff"] = share([r for r in rows if r["after_cutoff"]], lambda r: r["rereferral"])
    s["escalation_1y"] = share(rows, lambda r: r["escalation"])
    s["escalation_1y_after_cutoff"] = share([r for r in rows if r["after_cutoff"]], lambda r: r["escalation"])
    s["referral_after_cutoff"] = share(rows, lambda r: r["after_cutoff"])
    s["followup_complete"] = share(rows, lambda r: r["followup"])
    s["open_cin_plans"] = sum(1 for r in rows if r["open_plan"])
    s["no_cin_plan"] = sum(1 for r in rows if not r["has_plan"])
    s["cin_plan_days_mean"] = sum(closed) / len(closed) if closed else float("nan")
    s["families"] = len({r["family"] for r in rows})
    return s


def cem(treated, comparison):
    """Exact matching on (previous, sex, quarter, siblings); MatchIt's ATT weights."""
    def stratum(r):
        return (r["previous"], r["sex"], r["quarter"], r["siblings"])
    t = defaultdict(int)
    c = defaultdict(int)
    for r in treated:
        t[stratum(r)] += 1
    for r in comparison:
        c[stratum(r)] += 1
    both = set(t) & set(c)
    mt = [r for r in treated if stratum(r) in both]
    mc = [r for r in comparison if stratum(r) in both]
    return mt, mc, [r for r in comparison if stratum(r) not in both], len(both)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    folder = argv[1]
    people, family_of, family_size, referrals, referral, plans, escalations, flagged, counts = read(folder)
    treated, comparison, evaluation, consort = cohorts(people, referrals, referral, flagged)
    t = characteristics(treated, people, family_of, family_size, referrals, plans, escalations)
    c = characteristics(comparison, people, family_of, family_size, referrals, plans, escalations)
    e = characteristics(evaluation, people, family_of, family_size, referrals, plans, escalations)
    mt, mc, uc, strata = cem(t, c)
    fam_count = defaultdict(int)
    for r in t + c + e:
        fam_count[r["family"]] += 1
    families_two = sum(1 for n in fam_count.values() if n > 1)
    years = (EXTRACT - dt.date(2013, 1, 1)).days / 365.25
    result = {
        "files": counts, "referrals_per_year": counts["referrals"] / years,
        "consort": consort,
        "cohorts": {"treated": len(t), "comparison": len(c), "evaluation_untreated": len(e)},
        "treated": summary(t), "comparison": summary(c), "evaluation_untreated": summary(e),
        "cem": {"strata": strata, "matched_treated": len(mt), "matched_comparison": len(mc),
                "matched_treated_summary": summary(mt), "matched_comparison_summary": summary(mc),
                "unmatched_comparison_summary": summary(uc)},
        "families_with_two_or_more_cohort_children": families_two,
        "problems": [p for p in problems if p is not None],
        "problem_count": len(problems),
    }
    if "--json" in argv:
        print(json.dumps(result, indent=1, default=str))
    else:
        print("files:", counts, "referrals/year: %.0f" % result["referrals_per_year"])
        print("consort:", consort)
        print("cohorts: treated %d  comparison %d  evaluation-period untreated %d" % (len(t), len(c), len(e)))
        print("CEM: strata %d, matched treated %d, matched comparison %d" % (strata, len(mt), len(mc)))
        print("families holding two or more cohort children: %d" % families_two)
        keys = list(summary(t).keys())
        groups = [("treated", summary(t)), ("comparison", summary(c)), ("eval_untreated", summary(e)),
                  ("matched_T", summary(mt)), ("matched_C", summary(mc)), ("unmatched_C", summary(uc))]
        print("%-34s" % "" + "".join("%15s" % g for g, _ in groups))
        for k in keys:
            print("%-34s" % k + "".join("%15.3f" % s[k] if isinstance(s[k], float) else "%15s" % s[k]
                                        for _, s in groups))
        print("validation problems: %d" % len(problems))
        for p in problems:
            if p is not None:
                print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
