package vn.vwu.platform.indicators.targets;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.number.NumberFormat;
import vn.vwu.platform.common.text.Csv;
import vn.vwu.platform.indicators.FigureValidator;
import vn.vwu.platform.indicators.RowError;
import vn.vwu.platform.indicators.values.ValueCsv;
import vn.vwu.platform.indicators.values.ValueInput;

import java.util.ArrayList;
import java.util.List;

/** Targets in and out of CSV, in the values' columns ({@link ValueCsv}) without category options. */
@ApplicationScoped
class TargetCsv {

    private final ValueCsv values;

    TargetCsv(ValueCsv values) {
        this.values = values;
    }

    /** Targets in the values' format: the same columns, without category options (a target is for the indicator as a whole). */
    ValueCsv.Parsed<TargetInput> parse(byte[] file, NumberFormat declared) {
        ValueCsv.Parsed<ValueInput> rows = values.parse(file, declared);
        List<RowError> errors = new ArrayList<>();
        List<TargetInput> targets = new ArrayList<>();
        for (int k = 0; k < rows.rows().size(); k++) {
            ValueInput v = rows.rows().get(k);
            if (v.categoryOption() != null) {
                errors.add(new RowError(rows.names().row(k), "categoryOption", "a target is set for the indicator as a whole: leave categoryOption empty"));
            }
            targets.add(new TargetInput(v.indicator(), v.unitId(), v.period(), v.value(), v.comment()));
        }
        FigureValidator.throwIfAny(errors, rows.names());
        return new ValueCsv.Parsed<>(targets, rows.names());
    }

    /** CSV of targets in the import's columns (plus the unit's name and the version), UTF-8 with a byte-order mark. */
    String export(List<Target> targets) {
        StringBuilder sb = new StringBuilder("\uFEFFindicator,unit,unitName,period,value,comment,version\n");
        for (Target t : targets) {
            sb.append(String.join(",", Csv.field(t.indicator()), Csv.field(t.unitId()), Csv.field(t.unitName()), Csv.field(t.period()),
                    t.value().toPlainString(), Csv.field(t.comment()), String.valueOf(t.version()))).append('\n');
        }
        return sb.toString();
    }
}
