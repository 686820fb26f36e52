package vn.vwu.platform.common.number;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar against the shared table of docs/number-format.md (the SPA's grid is tested against the same rows). */
class NumberGrammarTest {

    record Vector(String text, NumberFormat declared, String expected) {
    }

    static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "number-format.md"))) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String text = cells[1].trim();
            String declared = cells[2].trim();
            out.add(new Vector(text.substring(1, text.length() - 1),
                    declared.isEmpty() ? null : NumberFormat.valueOf(declared.toUpperCase()), cells[3].trim()));
        }
        return out;
    }

    @Test
    void readsEveryRowOfTheSharedTableAsItSays() throws IOException {
        List<Vector> vectors = vectors();
        assertTrue(vectors.size() >= 40, "the table has " + vectors.size() + " rows");
        for (Vector v : vectors) {
            NumberGrammar.Reading r = NumberGrammar.read(v.text(), v.declared());
            String label = v.text() + " (" + v.declared() + ")";
            if (v.expected().equals("refused")) {
                assertFalse(r.ok(), label + " was read as " + r.value());
                assertTrue(r.problem().contains("not a number") || r.problem().contains("too long"), label + ": " + r.problem());
            } else if (v.expected().startsWith("both ")) {
                String[] readings = v.expected().substring(5).split(" / ");
                assertFalse(r.ok(), label + " was read as " + r.value());
                assertEquals("'" + v.text() + "' can be read as " + readings[0] + " or " + readings[1]
                        + ": write it without a thousands separator, or declare the number format", r.problem(), label);
            } else {
                assertTrue(r.ok(), label + ": " + r.problem());
                assertEquals(0, new BigDecimal(v.expected()).compareTo(r.value()), label + " read as " + r.value());
            }
        }
    }

    @Test
    void quotesAtMostAShortPrefixOfALongText() {
        NumberGrammar.Reading r = NumberGrammar.read("9".repeat(100_000), null);
        assertFalse(r.ok());
        assertTrue(r.problem().length() < 100, r.problem());
    }

    @Test
    void boundsRefuseNumberBombsWithoutExpandingThem() {
        for (String bomb : List.of("1e999999999", "-1e999999999", "1e-300000000", "1e200000", "1e20000", "1e16", "1e15", "0.0000001")) {
            String problem = NumberBounds.problem(new BigDecimal(bomb), 6);
            assertNotNull(problem, bomb);
            assertTrue(problem.length() < 120, problem);
        }
        assertNull(NumberBounds.problem(new BigDecimal("999999999999999"), 0));
        assertNull(NumberBounds.problem(new BigDecimal("0E+999999999"), 0));
        assertNull(NumberBounds.problem(new BigDecimal("1.500000000000"), 1));
        assertNotNull(NumberBounds.problem(new BigDecimal("1.25"), 1));
    }
}
