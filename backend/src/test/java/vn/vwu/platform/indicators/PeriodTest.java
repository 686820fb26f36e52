package vn.vwu.platform.indicators;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vwu.platform.common.problem.ProblemException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @ParameterizedTest(name = "{0} = [{2}, {3})")
    @CsvSource({
            "2023, YEAR, 2023-01-01, 2024-01-01",
            "2023-H1, HALF_YEAR, 2023-01-01, 2023-07-01",
            "2023-H2, HALF_YEAR, 2023-07-01, 2024-01-01",
            "2023-Q3, QUARTER, 2023-07-01, 2023-10-01",
            "2023-10, MONTH, 2023-10-01, 2023-11-01",
            "2022-2027, TERM, 2022-01-01, 2027-01-01",
            "2023-01-01..2023-09-30, RANGE, 2023-01-01, 2023-10-01"})
    void parsesEveryCodeToAHalfOpenInterval(String code, PeriodType type, String start, String end) {
        Period p = Period.parse("period", code, true);
        assertEquals(type, p.type());
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2023-00", "2023-Q5", "2023-Q0", "2023-H3", "23", "2023-3", "2027-2022", "2020-2035",
            "2023-02-30..2023-03-01", "2023-09-30..2023-01-01", "1800", "2023/10", "Q3-2023", " ", "2023-10-15"})
    void rejectsMalformedCodesNamingTheField(String code) {
        ProblemException e = assertThrows(ProblemException.class, () -> Period.parse("period", code, true));
        assertEquals("period", e.errors().get(0).field());
        assertEquals(400, e.type().status());
    }

    @Test
    void rangesAreForQueriesOnly() {
        assertThrows(ProblemException.class, () -> Period.parse("period", "2023-01-01..2023-09-30", false));
    }

    @Test
    void splitsAndComparesPeriods() {
        Period year = Period.parse("p", "2023", false);
        assertEquals(12, year.split(PeriodType.MONTH).size());
        assertEquals("2023-Q4", year.split(PeriodType.QUARTER).get(3).code());
        assertTrue(Period.parse("p", "2023-10", false).within(year));
        assertEquals("2022", year.previousYear().code());
        assertEquals("2022-Q3", Period.parse("p", "2023-Q3", false).previousYear().code());
        assertEquals("2021-2026", Period.parse("p", "2022-2027", false).previousYear().code());
    }
}
