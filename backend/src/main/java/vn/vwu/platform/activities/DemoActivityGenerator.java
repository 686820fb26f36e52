package vn.vwu.platform.activities;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.db.CopyTable;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.units.reference.BulkLoad;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic activities so that lists, summaries and derived indicators have something real-looking: commune
 * unions before the reform (2024 – June 2025) and after it (July 2025 – 2026), and provincial unions. Every
 * row is demo = true; the set is deterministic except the status of future dates (PLANNED).
 */
@ApplicationScoped
public class DemoActivityGenerator {

    static final String DATASET = "demo-activities-2024-2026";
    private static final String VERSION = "1";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /** Type, title, programme (or null), typical participants, typical funds in VND (0: none). */
    private record Template(String type, String title, String programme, int participants, long funds) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("COMMUNICATION", "Truyền thông Luật Phòng, chống bạo lực gia đình năm 2022", "CVD-5K3S", 80, 0),
            new Template("COMMUNICATION", "Truyền thông Luật Trẻ em năm 2016", null, 60, 0),
            new Template("COMMUNICATION", "Truyền thông về bình đẳng giới trong vùng đồng bào dân tộc thiểu số", "DA8", 70, 0),
            new Template("COMMUNICATION", "Tuyên truyền phòng, chống mua bán người", "DA938", 90, 0),
            new Template("COMMUNICATION", "Truyền thông xây dựng gia đình \"5 không, 3 sạch\"", "CVD-5K3S", 75, 0),
            new Template("TRAINING", "Tập huấn kỹ năng chuyển đổi số cho chi hội trưởng", "CT-CDS", 40, 0),
            new Template("TRAINING", "Tập huấn khởi sự kinh doanh cho hội viên", "START-UP", 35, 0),
            new Template("CONTEST", "Hội thi \"Phụ nữ duyên dáng, tự tin, hội nhập\"", "PT-PNTDM", 150, 0),
            new Template("WORKSHOP", "Tọa đàm \"Phụ nữ với xây dựng gia đình hạnh phúc\"", null, 50, 0),
            new Template("VISIT_GIFTS", "Thăm, tặng quà hội viên có hoàn cảnh khó khăn dịp Tết", "CVD-TPQ", 30, 30_000_000),
            new Template("CHARITY_HOUSE", "Bàn giao nhà \"Mái ấm tình thương\" cho hội viên nghèo", "CVD-MATT", 40, 60_000_000),
            new Template("CHILD_SPONSORSHIP", "Nhận đỡ đầu trẻ mồ côi theo Chương trình \"Mẹ đỡ đầu\"", "CT-MDD", 20, 12_000_000),
            new Template("CLUB_MODEL", "Ra mắt CLB \"Thủ lĩnh của sự thay đổi\"", "DA8", 30, 0),
            new Template("CLUB_MODEL", "Ra mắt Tổ truyền thông cộng đồng", "DA8", 15, 0),
            new Template("CREDIT_SUPPORT", "Giải ngân vốn vay ủy thác Ngân hàng Chính sách xã hội", null, 25, 0),
            new Template("MEDIATION", "Hòa giải mâu thuẫn gia đình tại cộng đồng", null, 6, 0),
            new Template("MEETING", "Hội nghị sơ kết công tác Hội 6 tháng đầu năm", null, 45, 0));

    private final AgroalDataSource dataSource;

    public DemoActivityGenerator(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean load() {
        return BulkLoad.run(dataSource, DATASET, VERSION, this::generate);
    }

    private record Organiser(UUID id, String code, String name, LocalDate from, LocalDate to, int perYear) {
    }

    private int generate(Connection c) throws SQLException {
        // Communes: two activities a year before the reform, six after (fewer, larger communes); provinces: twelve a year.
        List<Organiser> organisers = new ArrayList<>();
        String sql = """
                SELECT id, code, name, level, greatest(valid_from, DATE '2024-01-01') AS start, least(coalesce(valid_to, DATE '2027-01-01'), DATE '2027-01-01') AS stop
                FROM unit
                WHERE NOT demo AND level IN ('COMMUNE', 'PROVINCE') AND (valid_to IS NULL OR valid_to > DATE '2024-01-01')
                ORDER BY level, code, valid_from""";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                String code = rs.getString(2);
                String name = rs.getString(3);
                LocalDate start = rs.getObject(5, LocalDate.class);
                LocalDate stop = rs.getObject(6, LocalDate.class);
                if (rs.getString(4).equals("PROVINCE")) {
                    organisers.add(new Organiser(id, code, name, start, stop, 12));
                    continue;
                }
                if (start.isBefore(REFORM)) {
                    organisers.add(new Organiser(id, code, name, start, stop.isBefore(REFORM) ? stop : REFORM, 2));
                }
                if (stop.isAfter(REFORM)) {
                    organisers.add(new Organiser(id, code, name, start.isAfter(REFORM) ? start : REFORM, stop, 6));
                }
            }
        }
        CopyTable activities = new CopyTable("activity", "id", "unit_id", "title", "type_code", "starts_at", "ends_at", "activity_date",
                "place_text", "participants", "participants_women", "participants_men", "participants_children", "participants_ethnic_minority",
                "beneficiary_people", "beneficiary_households", "cost", "funds", "results", "status", "demo", "search_text");
        CopyTable links = new CopyTable("activity_programme", "activity_id", "programme_id");
        OffsetDateTime now = OffsetDateTime.now();
        for (Organiser o : organisers) {
            Random random = new Random((o.code() + o.from()).hashCode());
            long days = o.to().toEpochDay() - o.from().toEpochDay();
            int count = (int) Math.max(1, Math.round(o.perYear() * days / 365.0));
            for (int k = 0; k < count; k++) {
                Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
                LocalDate date = o.from().plusDays(random.nextLong(days));
                OffsetDateTime starts = date.atTime(7 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atOffset(VIETNAM);
                OffsetDateTime ends = starts.plusHours(2 + random.nextInt(3));
                int participants = Math.max(3, (int) (t.participants() * (0.5 + random.nextDouble())));
                int men = (int) (participants * random.nextDouble() * 0.25);
                int ethnic = random.nextInt(4) == 0 ? (int) (participants * random.nextDouble() * 0.6) : 0;
                long funds = t.funds() == 0 ? 0 : Math.round(t.funds() * (0.6 + random.nextDouble() * 0.8) / 100_000) * 100_000;
                String status = starts.isAfter(now) ? "PLANNED" : random.nextInt(40) == 0 ? "CANCELLED" : "DONE";
                String results = status.equals("DONE") ? participants + " lượt người tham dự" + (funds > 0
                        ? "; vận động được " + String.format("%,d", funds).replace(',', '.') + " đồng" : "") : null;
                UUID id = UUID.nameUUIDFromBytes(("demo-activity:" + o.id() + ":" + o.from() + ":" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                String place = "Hội trường " + o.name().replace("Hội LHPN ", "");
                activities.row(id, o.id(), t.title(), t.type(), starts, ends, date, place, participants, participants - men, men,
                        t.type().equals("CLUB_MODEL") ? participants / 2 : 0, ethnic,
                        t.funds() > 0 ? Math.max(1, participants / 10) : null, t.funds() > 0 ? Math.max(1, participants / 10) : null,
                        t.funds() > 0 ? funds / 10 : null, t.funds() > 0 ? funds : null, results, status, true,
                        VietnameseText.fold(t.title() + " " + place + " " + (results == null ? "" : results)));
                String programme = programmeOn(t.programme(), date);
                if (programme != null) {
                    links.row(id, programmeId(c, programme));
                }
            }
        }
        activities.copyInto(c);
        links.copyInto(c);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT refresh_derived_values(NULL, NULL, NULL)");
            s.execute("ANALYZE activity");
        }
        return activities.rows();
    }

    /** The start-up scheme changed on 2025-11-30 (Đề án 939 → 2415); campaigns without known dates always run. */
    private static String programmeOn(String programme, LocalDate date) {
        if ("START-UP".equals(programme)) {
            return date.isAfter(LocalDate.of(2025, 11, 29)) ? "DA2415" : "DA939";
        }
        if ("CT-CDS".equals(programme) && date.getYear() < 2023 || "PT-PNTDM".equals(programme) && date.getYear() < 2022) {
            return null;
        }
        return programme;
    }

    private final java.util.Map<String, UUID> programmeIds = new java.util.HashMap<>();

    private UUID programmeId(Connection c, String code) throws SQLException {
        UUID known = programmeIds.get(code);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM programme WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("demo programme " + code + " is not in the catalogue");
                }
                programmeIds.put(code, rs.getObject(1, UUID.class));
                return programmeIds.get(code);
            }
        }
    }
}
