package vn.vwu.platform.units.reference;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.db.CopyTable;
import vn.vwu.platform.units.UnitEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic branches (chi hội) and women's groups (tổ phụ nữ) under every current commune union, so the
 * two lowest levels can be exercised. Every row is marked demo = true; the set is deterministic.
 */
@ApplicationScoped
class DemoDataGenerator {

    static final String DATASET = "demo-branches-2025";
    private static final String VERSION = "1";

    private final AgroalDataSource dataSource;

    public DemoDataGenerator(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean load() {
        return BulkLoad.run(dataSource, DATASET, VERSION, this::generate);
    }

    private int generate(Connection c) throws SQLException {
        CopyTable units = new CopyTable("unit", "id", "code", "name", "level", "kind", "valid_from", "demo", "search_text");
        CopyTable parents = new CopyTable("unit_parent", "unit_id", "parent_id", "valid_from");
        String sql = """
                SELECT u.id, u.code, u.kind, p.code AS province_code
                FROM unit u
                JOIN unit_parent l ON l.unit_id = u.id AND l.valid_from <= ? AND l.valid_to IS NULL
                JOIN unit p ON p.id = l.parent_id
                WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL AND u.valid_from <= ? AND NOT u.demo
                ORDER BY u.code""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, ReformPlan.REFORM);
            ps.setObject(2, ReformPlan.REFORM);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    addBranches(units, parents, rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("kind"),
                            rs.getString("province_code"));
                }
            }
        }
        units.copyInto(c);
        parents.copyInto(c);
        BulkLoad.refreshAllClosures(c);
        return units.rows();
    }

    private static void addBranches(CopyTable units, CopyTable parents, UUID communeId, String communeCode, String kind, String provinceCode) {
        Random random = new Random(communeCode.hashCode());
        String hamlet = switch (kind) {
            case "phường" -> "tổ dân phố";
            case "đặc khu" -> "khu dân cư";
            default -> Integer.parseInt(provinceCode) >= 75 ? "ấp" : "thôn";
        };
        int branches = 3 + random.nextInt(6);
        for (int b = 1; b <= branches; b++) {
            String branchCode = communeCode + "-CH" + String.format("%02d", b);
            String branchName = "Chi hội " + hamlet + " " + b;
            UUID branchId = ReferenceIds.of("demo:branch:" + branchCode);
            units.row(branchId, branchCode, branchName, "BRANCH", "chi hội", ReformPlan.REFORM, true,
                    UnitEntity.searchTextOf(branchName, null, null));
            parents.row(branchId, communeId, ReformPlan.REFORM);
            int groups = 1 + random.nextInt(3);
            for (int g = 1; g <= groups; g++) {
                String groupCode = branchCode + "-T" + g;
                String groupName = "Tổ phụ nữ số " + g + " (" + hamlet + " " + b + ")";
                UUID groupId = ReferenceIds.of("demo:group:" + groupCode);
                units.row(groupId, groupCode, groupName, "GROUP", "tổ phụ nữ", ReformPlan.REFORM, true,
                        UnitEntity.searchTextOf(groupName, null, null));
                parents.row(groupId, branchId, ReformPlan.REFORM);
            }
        }
    }
}
