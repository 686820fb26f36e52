package vn.vwu.platform.indicators.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Actual against target: the percentage and the status, decided on exact numbers (99.99 % is not MET). */
public record Achievement(BigDecimal percent, AchievementStatus status) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Achievement of(BigDecimal actual, BigDecimal target, boolean higherIsBetter, BigDecimal partialThreshold) {
        if (actual == null) {
            return new Achievement(null, AchievementStatus.NO_DATA);
        }
        if (target == null) {
            return new Achievement(null, AchievementStatus.NO_TARGET);
        }
        if (target.signum() == 0) {
            // No percentage of zero; for "more is better" anything above zero exceeds it.
            int cmp = actual.signum();
            AchievementStatus s = cmp == 0 ? AchievementStatus.MET
                    : higherIsBetter == cmp > 0 ? AchievementStatus.EXCEEDED : AchievementStatus.NOT_MET;
            return new Achievement(null, s);
        }
        // For "less is better" (overdue loans) the rule is inverted: target ÷ actual.
        BigDecimal numerator = higherIsBetter ? actual : target;
        BigDecimal denominator = higherIsBetter ? target : actual;
        if (denominator.signum() == 0) {
            return new Achievement(null, AchievementStatus.EXCEEDED); // nothing overdue against a positive ceiling
        }
        int cmp = numerator.compareTo(denominator);
        BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
        AchievementStatus status;
        if (cmp > 0) {
            status = AchievementStatus.EXCEEDED;
        } else if (cmp == 0) {
            status = AchievementStatus.MET;
        } else if (numerator.multiply(HUNDRED).compareTo(partialThreshold.multiply(denominator)) >= 0) {
            status = AchievementStatus.PARTIAL;
        } else {
            status = AchievementStatus.NOT_MET;
        }
        return new Achievement(percent, status);
    }
}
