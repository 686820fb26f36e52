package vn.vwu.platform.activities;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.text.Csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV (for systems: UTF-8, English column names, ISO dates) and XLSX (for cadres: Vietnamese headers, dates
 * and thousands formatted by Excel) of an activity selection, streamed row by row from a database cursor.
 */
@ApplicationScoped
class ActivityExport {

    public static final int MAX_ROWS = 100_000;

    /** Column: CSV name, Vietnamese header, Excel width (cell types follow the SQL types). */
    private record Column(String csv, String vi, double width) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", "Mã hoạt động", 38),
            new Column("activity_date", "Ngày", 12),
            new Column("starts_at", "Bắt đầu", 18),
            new Column("ends_at", "Kết thúc", 18),
            new Column("unit_code", "Mã đơn vị", 12),
            new Column("unit_name", "Đơn vị tổ chức", 36),
            new Column("title", "Tên hoạt động", 50),
            new Column("type", "Mã loại hình", 16),
            new Column("type_name", "Loại hình", 30),
            new Column("programmes", "Chương trình, phong trào", 24),
            new Column("status", "Trạng thái", 12),
            new Column("place", "Địa điểm", 30),
            new Column("partners", "Đơn vị phối hợp", 30),
            new Column("participants", "Số người tham gia", 12),
            new Column("participants_women", "Nữ", 10),
            new Column("participants_men", "Nam", 10),
            new Column("participants_children", "Trẻ em", 10),
            new Column("participants_ethnic_minority", "Người DTTS", 10),
            new Column("beneficiary_people", "Người hưởng lợi", 12),
            new Column("beneficiary_households", "Hộ hưởng lợi", 12),
            new Column("cost_vnd", "Kinh phí (đồng)", 16),
            new Column("funds_vnd", "Vận động được (đồng)", 16),
            new Column("description", "Mô tả", 40),
            new Column("results", "Kết quả", 40));

    private static final String SELECT = """
            SELECT a.id, a.activity_date, a.starts_at, a.ends_at, u.code, u.name, a.title, a.type_code, t.name,
                   (SELECT string_agg(p.code, '; ' ORDER BY p.code) FROM activity_programme ap JOIN programme p ON p.id = ap.programme_id
                    WHERE ap.activity_id = a.id),
                   a.status, nullif(concat_ws('; ', pu.name, a.place_text), ''),
                   nullif(concat_ws('; ', (SELECT string_agg(x.name, '; ') FROM unit x WHERE x.id = ANY (a.partner_unit_ids)),
                                    nullif(array_to_string(a.partner_agencies, '; '), '')), ''),
                   a.participants, a.participants_women, a.participants_men, a.participants_children, a.participants_ethnic_minority,
                   a.beneficiary_people, a.beneficiary_households, a.cost, a.funds, a.description, a.results""";

    private final AgroalDataSource dataSource;
    private final ActivityQueries queries;

    public ActivityExport(AgroalDataSource dataSource, ActivityQueries queries) {
        this.dataSource = dataSource;
        this.queries = queries;
    }

    /** Refuses selections over MAX_ROWS before anything is streamed. */
    public void checkSize(ActivityFilter filter) {
        long n = queries.count(filter);
        if (n > MAX_ROWS) {
            throw ProblemException.invalid("period", "the selection has " + n + " activities; an export takes at most " + MAX_ROWS
                    + ": narrow the period, unit or filters");
        }
    }

    public void csv(ActivityFilter filter, ActivitySort sort, OutputStream out) {
        try {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(String.join(",", COLUMNS.stream().map(Column::csv).toList()));
            w.write("\r\n");
            stream(filter, sort, cells -> {
                List<String> fields = new ArrayList<>(cells.length);
                for (Object cell : cells) {
                    fields.add(Csv.field(cell instanceof OffsetDateTime t ? ActivityService.vietnamTime(t).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : cell));
                }
                w.write(String.join(",", fields));
                w.write("\r\n");
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(ActivityFilter filter, ActivitySort sort, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "VWU", "1.0");
            Worksheet ws = wb.newWorksheet("Hoạt động");
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(0, c, COLUMNS.get(c).vi());
                ws.style(0, c).bold().set();
                ws.width(c, COLUMNS.get(c).width());
            }
            ws.freezePane(0, 1);
            DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
            int[] row = {1};
            stream(filter, sort, cells -> {
                int r = row[0]++;
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof OffsetDateTime t) {
                        ws.value(r, c, ActivityService.vietnamTime(t).format(time));
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                        ws.style(r, c).format("#,##0").set();
                    } else {
                        ws.value(r, c, v.toString());
                    }
                }
                if (r % 1000 == 0) {
                    ws.flush();
                }
            });
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RowSink {
        void accept(Object[] cells) throws IOException;
    }

    private void stream(ActivityFilter filter, ActivitySort sort, RowSink sink) throws IOException {
        Sql where = filter.where();
        String joins = " FROM activity a JOIN unit u ON u.id = a.unit_id JOIN activity_type t ON t.code = a.type_code"
                + " LEFT JOIN unit pu ON pu.id = a.place_unit_id";
        String sql = SELECT + where.text().replaceFirst(" FROM activity a", joins) + " ORDER BY " + sort.sql() + " LIMIT " + MAX_ROWS;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // a cursor: rows are fetched a thousand at a time, not all at once
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(1000);
                where.bind(c, ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] cells = new Object[COLUMNS.size()];
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = switch (i) {
                                case 1 -> rs.getObject(i + 1, LocalDate.class);
                                case 2, 3 -> rs.getObject(i + 1, OffsetDateTime.class);
                                default -> rs.getObject(i + 1);
                            };
                        }
                        sink.accept(cells);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("activity export failed", e);
        }
    }
}
