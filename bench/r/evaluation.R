# The whole RBFF 2020 evaluation in R, for the side-by-side run of `./rightbalance bench evaluation`:
# read a Standard Safeguarding Dataset extract (docs/data-format.md), derive the treated and comparison
# cohorts and their outcomes exactly as the Java CohortBuilder does (plans/rbff-2020.yaml and
# docs/evaluation-plan.md), coarsened exact matching (MatchIt, ATT) on previous_referral, sex, quarter
# and siblings (all exact), then the plan's nine models: weighted OLS (sandwich::vcovCL HC1, cadjust:
# CR1) and weighted logit (quasibinomial, glm epsilon 1e-12, vcovCL HC0, cadjust) of rereferral_1y and
# escalation_1y on treated, plain and with referral_after_cutoff, and weighted OLS of cin_plan_days.
#
# Prints one JSON object: seconds per step (read, cohorts, matching, models, total), peak resident
# memory (VmHWM), the cohort counts and each model's n, treated coefficient and clustered SE, so the
# Java run (`rightbalance bench evaluation-run`) can be checked to have done the same job.
#
# Written against R 4.2.2 with data.table 1.14.8, MatchIt 4.5.1 and sandwich 3.0.2 (Debian/Ubuntu:
# apt-get install r-base-core r-cran-data.table r-cran-matchit r-cran-sandwich).
# Usage: Rscript bench/r/evaluation.R EXTRACT_DIR
#
# The plan's dates, age band and programme are those of plans/rbff-2020.yaml (constants below). The
# extract is assumed valid (the Java reader validates it; this script does not re-check the rules).
# data.table may use every core (setDTthreads(0)): R's best case on this machine.
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
suppressPackageStartupMessages({ library(data.table); library(MatchIt); library(sandwich) })
setDTthreads(0)
dir <- args[1]

PROGRAMME <- "RBFF"
EXTRACT_DATE <- as.IDate("2020-02-18")
CUTOFF <- as.IDate("2019-02-18")
TREATED_FROM <- as.IDate("2017-09-01")      # treated window: [2017-09-01, extract date]
COMPARISON_FROM <- as.IDate("2015-09-01")   # comparison window: [2015-09-01, 2017-02-19)
COMPARISON_TO <- as.IDate("2017-02-19")
AGE_MIN <- 10L
AGE_MAX <- 13L
WINDOW_DAYS <- 365L

clock <- function() proc.time()[["elapsed"]]
num <- function(x) if (is.finite(x)) sprintf("%.15g", x) else "null"   # JSON has no NaN

# Dates as docs/data-format.md accepts them: yyyy-mm-dd (fread reads these as IDate), with a time
# after T or a space, or dd/mm/yyyy; empty is NA.
to_date <- function(x) {
  if (inherits(x, "IDate")) return(x)
  if (inherits(x, c("Date", "POSIXct"))) return(as.IDate(x))
  x <- as.character(x)
  out <- as.IDate(rep(NA_integer_, length(x)))
  iso <- grepl("^[0-9]{4}-", x)
  out[iso] <- as.IDate(substr(x[iso], 1L, 10L), format = "%Y-%m-%d")
  uk <- grepl("^[0-9]{2}/", x)
  out[uk] <- as.IDate(x[uk], format = "%d/%m/%Y")
  out
}

# One CSV of the extract: the named columns (ids as text), renamed; an absent optional file is empty.
read_csv <- function(file, columns, ids, optional = character(), required = TRUE) {
  path <- file.path(dir, file)
  if (!file.exists(path)) {
    if (required) stop(path, " not found")
    empty <- as.data.table(setNames(rep(list(character()), length(columns)), names(columns)))
    return(empty)
  }
  header <- names(fread(path, nrows = 0L))
  present <- columns[columns %in% header | !(columns %in% optional)]
  d <- fread(path, select = unname(present), colClasses = list(character = intersect(ids, header)),
             showProgress = FALSE, na.strings = "")
  setnames(d, unname(present), names(present))
  for (missing_column in setdiff(names(columns), names(present))) set(d, j = missing_column, value = NA_character_)
  d
}

# Age in completed years on `day` of a child born on `dob` (java.time.Period.between(dob, day).getYears()).
age_on <- function(dob, day) {
  year(day) - year(dob) - ((month(day) * 100L + mday(day)) < (month(dob) * 100L + mday(dob)))
}

t0 <- clock()
person <- read_csv("ssd_person.csv", c(pid = "pers_person_id", sex = "pers_sex", dob = "pers_dob"),
                   ids = "pers_person_id")
family <- read_csv("ssd_family.csv", c(fid = "fami_family_id", pid = "fami_person_id"),
                   ids = c("fami_family_id", "fami_person_id"), required = FALSE)
ref <- read_csv("ssd_cin_episodes.csv", c(rid = "cine_referral_id", pid = "cine_person_id",
                                          date = "cine_referral_date"),
                ids = c("cine_referral_id", "cine_person_id"))
cinp <- read_csv("ssd_cin_plans.csv", c(plan_id = "cinp_cin_plan_id", rid = "cinp_referral_id",
                                        start = "cinp_cin_plan_start_date", end = "cinp_cin_plan_end_date"),
                 ids = c("cinp_cin_plan_id", "cinp_referral_id"), required = FALSE)
cpp <- read_csv("ssd_cp_plans.csv", c(pid = "cppl_person_id", start = "cppl_cp_plan_start_date"),
                ids = "cppl_person_id", required = FALSE)
cla <- read_csv("ssd_cla_episodes.csv", c(pid = "clae_person_id", start = "clae_cla_episode_start_date"),
                ids = "clae_person_id", required = FALSE)
part <- read_csv("programme_participation.csv", c(pid = "person_id", referral_id = "referral_id",
                                                  programme = "programme", start = "start_date"),
                 ids = c("person_id", "referral_id", "programme"), optional = "referral_id", required = FALSE)
person[, `:=`(sex = toupper(sex), dob = to_date(dob))]
ref[, date := to_date(date)]
cinp[, `:=`(start = to_date(start), end = to_date(end))]
cpp[, start := to_date(start)]
cla[, start := to_date(start)]
part[, start := to_date(start)]
t_read <- clock()

# --- cohorts -----------------------------------------------------------------------------------
# Each child's referrals in (date, referral id) order (data.table sorts text in C locale, as Java's
# String order for these ids); the first referral's date tells whether the key referral had a previous one.
setkey(ref, pid, date, rid)
first_row <- which(!duplicated(ref$pid))
ref[, first_date := date[first_row][cumsum(!duplicated(pid))]]
ref[person, dob := i.dob, on = "pid"]

# Flagged: a participation row of the programme whose child is in ssd_person.csv.
part <- part[programme == PROGRAMME & pid %in% person$pid]
part[, ord := .I]
flagged <- unique(part$pid)

# Treated key referral: the referral of the first participation row (by start, then file order) that
# names one, kept only if it is in the treated window; else the first referral in the window.
named <- part[!is.na(referral_id)][order(pid, start, ord)][!duplicated(pid), .(pid, rid = referral_id)]
named[ref, `:=`(date = i.date), on = c(pid = "pid", rid = "rid")]
named <- named[date >= TREATED_FROM & date <= EXTRACT_DATE, .(pid, rid)]
in_treated_window <- ref$date >= TREATED_FROM & ref$date <= EXTRACT_DATE
unnamed <- ref[in_treated_window & ref$pid %chin% setdiff(flagged, part[!is.na(referral_id), pid])]
unnamed <- unnamed[!duplicated(pid), .(pid, rid)]
treated_keys <- rbind(named, unnamed)
treated_keys[ref, `:=`(date = i.date, dob = i.dob), on = "rid"]
flagged_in_window <- nrow(treated_keys)
treated_keys[, age := age_on(dob, date)]
treated_keys <- treated_keys[age >= AGE_MIN & age <= AGE_MAX]

# Comparison: never flagged; the first referral in the comparison window at which the child is 10-13.
unflagged <- !(ref$pid %chin% flagged)
in_comparison_window <- ref$date >= COMPARISON_FROM & ref$date < COMPARISON_TO
comparison_with_referral <- uniqueN(ref$pid[unflagged & in_comparison_window])
cand <- ref[unflagged & in_comparison_window]
cand[, age := age_on(dob, date)]
comparison_keys <- cand[age >= AGE_MIN & age <= AGE_MAX][!duplicated(pid), .(pid, rid, date, dob, age)]
# Evaluation-period untreated (described, not matched): never flagged, first treated-window referral at 10-13.
cand <- ref[unflagged & in_treated_window]
cand[, age := age_on(dob, date)]
untreated <- uniqueN(cand[age >= AGE_MIN & age <= AGE_MAX, pid])
rm(cand)

keys <- rbind(treated_keys[, .(pid, rid, date, age, treated = 1L)],
              comparison_keys[, .(pid, rid, date, age, treated = 0L)])
keys[person, sex := i.sex, on = "pid"]
keys[ref, first_date := i.first_date, on = "rid"]
keys[, `:=`(previous_referral = as.integer(first_date < date), quarter = (month(date) - 1L) %/% 3L + 1L,
            referral_after_cutoff = as.integer(date > CUTOFF))]

# Family: the first family row naming the child (else "person:<id>"); siblings when that family has
# another person.
fam <- family[!duplicated(pid)]
size <- unique(family[, .(fid, pid)])[, .(members = .N), by = fid]
fam[size, members := i.members, on = "fid"]
keys[fam, `:=`(family_id = i.fid, members = i.members), on = "pid"]
keys[, siblings := as.integer(!is.na(members) & members > 1L)]
keys[is.na(family_id), family_id := paste0("person:", pid)]
keys[, family_id := factor(family_id)]   # the clusters: vcovCL groups a factor several times faster than text

# The next event strictly after the key date: a rolling join (next observation carried backward) on
# key date + 1 finds the earliest event on or after that day.
keys[, after := date + 1L]
next_referral <- ref[keys, on = .(pid, date = after), roll = -Inf, mult = "first", x.date]
keys[, rereferral_1y := as.integer(!is.na(next_referral) & next_referral <= date + WINDOW_DAYS)]
escalations <- rbind(cpp[, .(pid, start)], cla[, .(pid, start)])
setkey(escalations, pid, start)
next_escalation <- escalations[keys, on = .(pid, start = after), roll = -Inf, mult = "first", x.start]
keys[, escalation_1y := as.integer(!is.na(next_escalation) & next_escalation <= date + WINDOW_DAYS)]

# cin_plan_days: the first CIN plan (by start, then plan id) of the key referral; missing when there is
# none or it is open at the extract date.
setorder(cinp, rid, start, plan_id)
first_plan <- cinp[!duplicated(rid)]
keys[first_plan, `:=`(plan_start = i.start, plan_end = i.end), on = "rid"]
keys[, cin_plan_days := fifelse(!is.na(plan_end) & plan_end <= EXTRACT_DATE,
                                as.numeric(plan_end - plan_start), NA_real_)]
t_cohorts <- clock()

# --- matching ----------------------------------------------------------------------------------
d <- as.data.frame(keys[, .(treated, previous_referral = factor(previous_referral), sex = factor(sex),
                            quarter = factor(quarter), siblings = factor(siblings), family_id,
                            referral_after_cutoff, rereferral_1y, escalation_1y, cin_plan_days)])
m <- matchit(treated ~ previous_referral + sex + quarter + siblings, data = d, method = "cem", estimand = "ATT")
d$w <- m$weights
t_matching <- clock()

# --- models ------------------------------------------------------------------------------------
dm <- d[d$w > 0, ]
specs <- list(list(outcome = "rereferral_1y", estimators = c("ols", "logit"), sensitivity = TRUE),
              list(outcome = "cin_plan_days", estimators = "ols", sensitivity = FALSE),
              list(outcome = "escalation_1y", estimators = c("ols", "logit"), sensitivity = TRUE))
estimates <- character()
for (spec in specs) {
  dy <- dm[!is.na(dm[[spec$outcome]]), ]
  cluster <- droplevels(dy$family_id)   # unused levels would count as clusters in G / (G - 1)
  for (sensitivity in if (spec$sensitivity) c(FALSE, TRUE) else FALSE) {
    f <- as.formula(paste(spec$outcome, "~ treated", if (sensitivity) "+ referral_after_cutoff" else ""))
    for (estimator in spec$estimators) {
      est <- tryCatch({
        if (estimator == "ols") {
          fit <- lm(f, data = dy, weights = w)
          v <- vcovCL(fit, cluster = cluster, type = "HC1", cadjust = TRUE)
        } else {
          # glm's default epsilon (1e-8, on the deviance) stops the IRLS one step early here: the treated
          # log-odds is then off by ~1e-7 relative to the closed form (a saturated logit), so iterate to 1e-12.
          fit <- glm(f, family = quasibinomial(), data = dy, weights = w, control = glm.control(epsilon = 1e-12))
          v <- vcovCL(fit, cluster = cluster, type = "HC0", cadjust = TRUE)
        }
        c(coef(fit)[["treated"]], sqrt(v["treated", "treated"]))
      }, error = function(e) c(NA_real_, NA_real_))
      key <- paste0(spec$outcome, "/", estimator, if (sensitivity) "/cutoff" else "")
      estimates <- c(estimates, sprintf('"%s": {"n": %d, "treated": %s, "treated_se": %s}', key,
                                        nrow(dy), num(est[1]), num(est[2])))
    }
  }
}
t_models <- clock()

status <- readLines("/proc/self/status")
hwm_kb <- as.numeric(gsub("[^0-9]", "", status[grepl("^VmHWM", status)]))
cat(sprintf(paste0('{"implementation": "R", "referrals": %d, "people": %d, "read": %.3f, "cohorts": %.3f, ',
                   '"matching": %.3f, "models": %.3f, "total": %.3f, "peak_rss_mb": %.1f, "flagged": %d, ',
                   '"flagged_key_referral_in_window": %d, "treated": %d, "comparison_with_referral": %d, ',
                   '"comparison": %d, "evaluation_period_untreated": %d, "matched_treated": %d, ',
                   '"matched_control": %d, "estimates": {%s}, "version": "R %s, data.table %s, MatchIt %s, ',
                   'sandwich %s"}\n'),
            nrow(ref), nrow(person), t_read - t0, t_cohorts - t_read, t_matching - t_cohorts,
            t_models - t_matching, t_models - t0, hwm_kb / 1024, length(flagged), flagged_in_window,
            nrow(treated_keys), comparison_with_referral, nrow(comparison_keys), untreated,
            sum(d$w > 0 & d$treated == 1), sum(d$w > 0 & d$treated == 0), paste(estimates, collapse = ", "),
            paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("data.table")),
            as.character(packageVersion("MatchIt")), as.character(packageVersion("sandwich"))))
