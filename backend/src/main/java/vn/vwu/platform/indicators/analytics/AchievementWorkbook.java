package vn.vwu.platform.indicators.analytics;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The achievement report as an Excel sheet in the layout of a formal report: title, summary line, then one row per
 * indicator with actual, target, percentage, assessment and the previous-year comparison, in Vietnamese.
 */
final class AchievementWorkbook {

    private static final List<String> HEADERS = List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Chỉ tiêu giao",
            "Nguồn chỉ tiêu", "Tỷ lệ (%)", "Đánh giá", "Cùng kỳ năm trước", "Tăng/giảm", "Tăng/giảm (%)", "Ước tính");
    private static final double[] WIDTHS = {6, 18, 50, 12, 16, 16, 14, 10, 16, 18, 14, 12, 9};

    private AchievementWorkbook() {
    }

    static void write(AchievementReport report, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "VWU", "1.0");
            Worksheet ws = wb.newWorksheet("Kết quả thực hiện");
            ws.value(0, 0, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU — " + report.unit().name() + " — " + report.period()
                    + (report.targetPeriod().equals(report.period()) ? "" : " (so với chỉ tiêu " + report.targetPeriod() + ")")
                    + (report.structureAsOf() == null ? "" : " (theo cơ cấu tổ chức ngày " + report.structureAsOf() + ")"));
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(1, 0, report.summary().text());
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(3, c, HEADERS.get(c));
                ws.style(3, c).bold().fillColor("F0F0F0").wrapText(true).set();
                ws.width(c, WIDTHS[c]);
            }
            int r = 4;
            for (AchievementReport.Row row : report.rows()) {
                ws.value(r, 0, r - 3);
                ws.value(r, 1, row.indicator());
                ws.value(r, 2, row.name());
                ws.style(r, 2).wrapText(true).set();
                ws.value(r, 3, row.unitOfMeasureName() == null ? "" : row.unitOfMeasureName().name());
                number(ws, r, 4, row.actual(), "#,##0.##");
                number(ws, r, 5, row.target(), "#,##0.##");
                ws.value(r, 6, row.targetSource() == null ? "" : row.targetSource() == AchievementReport.TargetSource.EXPLICIT ? "Giao trực tiếp" : "Tổng cấp dưới");
                number(ws, r, 7, row.percent(), "0.0");
                ws.value(r, 8, label(row.status()));
                number(ws, r, 9, row.previous(), "#,##0.##");
                number(ws, r, 10, row.change(), "+#,##0.##;-#,##0.##;0");
                number(ws, r, 11, row.changePercent(), "+0.0;-0.0;0");
                ws.value(r, 12, row.estimated() ? "có" : "");
                r++;
            }
            ws.freezePane(0, 4);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal v, String format) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format(format).set();
        }
    }

    static String label(AchievementStatus s) {
        return switch (s) {
            case EXCEEDED -> "Vượt";
            case MET -> "Đạt";
            case PARTIAL -> "Đạt trên 50%";
            case NOT_MET -> "Chưa đạt";
            case NO_TARGET -> "Chưa giao chỉ tiêu";
            case NO_DATA -> "Chưa có số liệu";
        };
    }
}
