package org.rightbalance.cli;

import org.rightbalance.stats.model.Coefficient;

import java.util.List;

/** A regression table row as JSON: {term, estimate, std_error, statistic, p_value, conf_low, conf_high, df}. */
record CoefficientView(String term, Double estimate, Double stdError, Double statistic, Double pValue,
                       Double confLow, Double confHigh, Double df) {

    static CoefficientView of(Coefficient c) {
        return new CoefficientView(c.term(), Json.number(c.estimate()), Json.number(c.stdError()),
                Json.number(c.statistic()), Json.number(c.pValue()), Json.number(c.confLow()),
                Json.number(c.confHigh()), Json.number(c.df()));
    }

    static List<CoefficientView> of(List<Coefficient> rows) {
        return rows.stream().map(CoefficientView::of).toList();
    }
}
