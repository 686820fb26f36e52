package vn.vwu.platform.indicators.analytics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vwu.platform.indicators.analytics.Achievement;
import vn.vwu.platform.indicators.analytics.AchievementStatus;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AchievementTest {

    @ParameterizedTest(name = "actual {0} / target {1}, higher is better {2} → {3} ({4} %)")
    @CsvSource(nullValues = "null", value = {
            "4094, 2100, true, EXCEEDED, 195.0",
            "2100, 2100, true, MET, 100.0",
            "2099.99, 2100, true, PARTIAL, 100.0",   // rounds to 100.0 % but is not met
            "1050, 2100, true, PARTIAL, 50.0",       // exactly 50 %
            "1049, 2100, true, NOT_MET, 50.0",       // 49.95 % rounds up, still below 50
            "0, 2100, true, NOT_MET, 0.0",
            "5, 0, true, EXCEEDED, null",            // zero target
            "0, 0, true, MET, null",
            "null, 2100, true, NO_DATA, null",
            "12, null, true, NO_TARGET, null",
            "0.5, 1, false, EXCEEDED, 200.0",        // overdue ratio 0.5 % against a 1 % ceiling
            "1, 1, false, MET, 100.0",
            "2, 1, false, PARTIAL, 50.0",
            "3, 1, false, NOT_MET, 33.3",
            "0, 1, false, EXCEEDED, null",
            "1, 0, false, NOT_MET, null"})
    void classifies(String actual, String target, boolean higherIsBetter, AchievementStatus status, String percent) {
        Achievement a = Achievement.of(actual == null ? null : new BigDecimal(actual), target == null ? null : new BigDecimal(target),
                higherIsBetter, BigDecimal.valueOf(50));
        assertEquals(status, a.status());
        assertEquals(percent == null ? null : new BigDecimal(percent), a.percent());
    }
}
