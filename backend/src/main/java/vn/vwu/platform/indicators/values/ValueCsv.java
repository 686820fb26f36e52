package vn.vwu.platform.indicators.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.number.NumberFormat;
import vn.vwu.platform.common.number.NumberGrammar;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.text.Csv;
import vn.vwu.platform.indicators.FigureValidator;
import vn.vwu.platform.indicators.Period;
import vn.vwu.platform.indicators.RowNames;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * CSV in and out for values; targets use the same columns ({@code TargetCsv}). Import columns (header row, any order): `indicator`, `unit` (an id, or a code resolved
 * among units alive at the period's start, with an optional `unitLevel` when codes clash), `period`,
 * `value`, optional `comment` and `categoryOption`. The separator is `,` or, as Vietnamese Excel writes it,
 * `;`. Numbers are read by {@link NumberGrammar} (docs/number-format.md); a `;` file declares the Vietnamese format.
 */
@ApplicationScoped
public class ValueCsv {

    /** The most rows a CSV export holds. */
    public static final int MAX_EXPORT_ROWS = 1_000_000;

    private final EntityManager em;

    public ValueCsv(EntityManager em) {
        this.em = em;
    }

    /** The rows of an import, and how its errors name them: by their lines in the file. */
    public record Parsed<T>(List<T> rows, RowNames names) {
    }

    /** {@code declared}: how the file writes its numbers, or null (Vietnamese when columns are separated by `;`). */
    public Parsed<ValueInput> parse(byte[] file, NumberFormat declared) {
        String text = Csv.utf8Text(file == null ? new byte[0] : file);
        String body = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = body.split("\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw ProblemException.invalid("body", "the CSV is empty; the first line must name the columns: indicator,unit,period,value,comment");
        }
        char delimiter = lines[0].contains(";") && !lines[0].contains(",") ? ';' : ',';
        NumberFormat numbers = declared != null ? declared : delimiter == ';' ? NumberFormat.VI : null;
        List<String> header = Csv.parseLine(lines[0], delimiter).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String required : List.of("indicator", "unit", "period", "value")) {
            if (!header.contains(required)) {
                throw ProblemException.invalid("line 1", "missing column '" + required + "' (columns: indicator,unit,period,value,comment)");
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            List<String> row = Csv.parseLine(lines[n], delimiter);
            String[] byColumn = new String[header.size()];
            for (int k = 0; k < header.size(); k++) {
                byColumn[k] = k < row.size() ? row.get(k).trim() : "";
            }
            cells.add(byColumn);
            lineNumbers.add(n + 1);
        }
        if (cells.isEmpty()) {
            throw ProblemException.invalid("body", "the CSV has a header but no rows");
        }
        Map<String, UUID> unitsByCode = resolveCodes(header, cells);
        List<ValueInput> inputs = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            String[] c = cells.get(r);
            int line = lineNumbers.get(r);
            String unit = get(header, c, "unit");
            UUID unitId = null;
            try {
                unitId = UUID.fromString(unit);
            } catch (IllegalArgumentException notAnId) {
                unitId = unitsByCode.get(codeKey(unit, get(header, c, "unitlevel"), get(header, c, "period")));
                if (unitId == null) {
                    errors.add(new FieldError("line " + line + ": unit", "no single unit with code '" + unit + "' at the start of period "
                            + get(header, c, "period") + (get(header, c, "unitlevel").isEmpty() ? " (add a unitLevel column if codes clash)" : "")));
                    continue;
                }
            }
            BigDecimal value = null;
            String raw = get(header, c, "value");
            if (!raw.isEmpty()) {
                NumberGrammar.Reading reading = NumberGrammar.read(raw, numbers);
                if (!reading.ok()) {
                    errors.add(new FieldError("line " + line + ": value", reading.problem()));
                    continue;
                }
                value = reading.value();
            }
            inputs.add(new ValueInput(get(header, c, "indicator"), unitId, get(header, c, "period"),
                    emptyToNull(get(header, c, "categoryoption")), value, emptyToNull(get(header, c, "comment")), null));
        }
        if (!errors.isEmpty()) {
            // As for JSON rows: the count is exact, the list stops at a thousand (a wrong file can have 100,000 bad lines).
            int listed = FigureValidator.MAX_LISTED_ERRORS;
            throw new ProblemException(ProblemType.DOMAIN_RULE, errors.size() + " line(s) are invalid"
                    + (errors.size() > listed ? " (the first " + listed + " listed)" : "") + "; nothing was written",
                    errors.stream().limit(listed).toList());
        }
        return new Parsed<>(inputs, RowNames.csv(lineNumbers.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Resolves unit codes at each row's period start in one query. */
    private Map<String, UUID> resolveCodes(List<String> header, List<String[]> cells) {
        Map<String, UUID> result = new HashMap<>();
        Map<String, Integer> matches = new HashMap<>();
        List<String> codes = new ArrayList<>();
        for (String[] c : cells) {
            String unit = get(header, c, "unit");
            if (!unit.isEmpty() && unit.length() != 36) {
                codes.add(unit);
            }
        }
        if (codes.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> units = em.createNativeQuery("SELECT id, code, level, valid_from, valid_to FROM unit WHERE code IN (:codes)", Tuple.class)
                .setParameter("codes", codes.stream().distinct().toList()).getResultList();
        for (String[] c : cells) {
            String code = get(header, c, "unit");
            String level = get(header, c, "unitlevel").toUpperCase(Locale.ROOT);
            LocalDate start;
            try {
                start = Period.parse("period", get(header, c, "period"), false).start();
            } catch (ProblemException e) {
                continue; // reported with the row by the value checks
            }
            String key = codeKey(code, level, get(header, c, "period"));
            for (Tuple u : units) {
                LocalDate from = Rows.date(u, "valid_from");
                LocalDate to = Rows.date(u, "valid_to");
                boolean alive = !from.isAfter(start) && (to == null || to.isAfter(start));
                if (Rows.string(u, "code").equals(code) && alive && (level.isEmpty() || level.equals(Rows.string(u, "level")))) {
                    if (matches.merge(key, 1, Integer::sum) == 1) {
                        result.put(key, Rows.uuid(u, "id"));
                    } else {
                        result.remove(key); // ambiguous
                    }
                }
            }
        }
        return result;
    }

    private static String codeKey(String code, String level, String period) {
        return code + "|" + level.toUpperCase(Locale.ROOT) + "|" + period;
    }

    private static String get(List<String> header, String[] cells, String column) {
        int k = header.indexOf(column);
        return k < 0 ? "" : cells[k];
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** CSV of values, UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly. */
    String export(List<ReportedValue> values) {
        StringBuilder sb = new StringBuilder("\uFEFFindicator,unit,unitName,period,categoryOption,value,comment,source,version,updatedAt\n");
        for (ReportedValue v : values) {
            sb.append(String.join(",", Csv.field(v.indicator()), Csv.field(v.unitId()), Csv.field(v.unitName()), Csv.field(v.period()),
                    Csv.field(v.categoryOption()), v.value().toPlainString(), Csv.field(v.comment()), v.source().name(),
                    String.valueOf(v.version()), v.updatedAt() == null ? "" : v.updatedAt().toString())).append('\n');
        }
        return sb.toString();
    }
}
