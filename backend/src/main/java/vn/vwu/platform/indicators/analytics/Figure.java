package vn.vwu.platform.indicators.analytics;

import java.math.BigDecimal;

/** A computed figure: the value, its ratio parts if any, whether it contains estimates, how many units reported. */
record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean estimated, int units) {

    static final Figure NONE = new Figure(null, null, null, false, 0);
}
