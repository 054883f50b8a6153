# The benchmark job in R, for the side-by-side run of `./rightbalance bench`:
# read the CSV, coarsened exact matching (MatchIt, ATT), weighted OLS and weighted logit of the
# outcome on treatment with family-clustered errors (sandwich::vcovCL, Stata's CR1 conventions).
# Prints one JSON object: seconds per step, peak resident memory, and the estimates (so the Java
# run can be checked to have done the same job).
# Needs: R with data.table, MatchIt and sandwich (Debian: r-base-core r-cran-data.table
#   r-cran-matchit r-cran-sandwich). Usage: Rscript pipeline.R DATA.csv
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 1)
suppressPackageStartupMessages({ library(data.table); library(MatchIt); library(sandwich) })

clock <- function() proc.time()[["elapsed"]]
t0 <- clock()
d <- fread(args[1], data.table = FALSE, showProgress = FALSE)
d$sex <- factor(d$sex)
t_read <- clock()

m <- matchit(treated ~ previous_referral + sex + quarter + siblings + age, data = d, method = "cem",
             estimand = "ATT", cutpoints = list(age = c(11, 12, 13)))
d$w <- m$weights
t_cem <- clock()

dm <- d[d$w > 0, ]
ols <- lm(rereferral ~ treated, data = dm, weights = w)
v_ols <- vcovCL(ols, cluster = ~family_id, type = "HC1", cadjust = TRUE)
t_ols <- clock()

lg <- suppressWarnings(glm(rereferral ~ treated, family = quasibinomial(), data = dm, weights = w))
v_lg <- vcovCL(lg, cluster = ~family_id, type = "HC0", cadjust = TRUE)
t_logit <- clock()

status <- readLines("/proc/self/status")
hwm_kb <- as.numeric(gsub("[^0-9]", "", status[grepl("^VmHWM", status)]))

cat(sprintf(paste0('{"rows": %d, "read": %.3f, "cem": %.3f, "ols": %.3f, "logit": %.3f, ',
                   '"peak_rss_mb": %.1f, "matched_treated": %d, "matched_control": %d, ',
                   '"ols_treated": %.12g, "ols_treated_se": %.12g, "logit_treated": %.12g, ',
                   '"logit_treated_se": %.12g, "r_version": "%s", "matchit_version": "%s"}\n'),
            nrow(d), t_read - t0, t_cem - t_read, t_ols - t_cem, t_logit - t_ols, hwm_kb / 1024,
            sum(d$w > 0 & d$treated == 1), sum(d$w > 0 & d$treated == 0),
            coef(ols)[["treated"]], sqrt(v_ols["treated", "treated"]),
            coef(lg)[["treated"]], sqrt(v_lg["treated", "treated"]),
            paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("MatchIt"))))
