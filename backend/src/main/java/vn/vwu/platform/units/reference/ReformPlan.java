package vn.vwu.platform.units.reference;

import vn.vwu.platform.common.db.CopyTable;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.units.UnitEntity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns the official unit lists and conversion table into rows: units, effective-dated parent links,
 * reorganisation events with their effects, and lineage.
 *
 * <p>A post-reform unit is the same unit as a pre-reform one (it continues, keeping its id) only when it
 * has the same code, name (ignoring tone-mark placement) and kind, and received that unit whole: the 11
 * unchanged provinces, provinces that absorbed others under their own name (Cà Mau absorbing Bạc Liêu),
 * and communes that absorbed others or were kept. Every other post-reform unit is new, linked to its
 * predecessors by lineage.
 */
final class ReformPlan {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate CENTRAL_FOUNDED = LocalDate.of(1930, 10, 20);
    static final UUID CENTRAL_ID = ReferenceIds.of("central");

    static final String PROVINCE_BASIS = "Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
    static final String DISTRICT_BASIS = "Nghị quyết số 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp; "
            + "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (không tổ chức cấp huyện từ ngày 01/7/2025)";
    static final String COMMUNE_BASIS = "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của %s năm 2025";

    record AdminUnit(String code, String name, String level, String parentCode, String kind, String nameEn) {
        static AdminUnit of(Map<String, String> row) {
            return new AdminUnit(row.get("code"), row.get("name"), row.get("level"), row.get("parent_code"), row.get("kind"), row.get("name_en"));
        }
    }

    record Link(String oldCommune, String newCommune, boolean whole, String oldDistrict, String newProvince) {
        static Link of(Map<String, String> row) {
            return new Link(row.get("old_commune_code"), row.get("new_commune_code"), "whole".equals(row.get("share")),
                    row.get("old_district_code"), row.get("new_province_code"));
        }
    }

    final CopyTable units = new CopyTable("unit", "id", "code", "name", "name_en", "admin_name", "admin_code", "level", "kind",
            "valid_from", "valid_to", "demo", "search_text");
    final CopyTable parents = new CopyTable("unit_parent", "unit_id", "parent_id", "valid_from", "valid_to");
    final CopyTable events = new CopyTable("reorganization", "id", "type", "effective_date", "legal_basis", "note");
    final CopyTable effects = new CopyTable("reorganization_effect", "reorganization_id", "unit_id", "effect", "from_parent_id", "to_parent_id");
    final CopyTable lineage = new CopyTable("lineage", "reorganization_id", "predecessor_id", "successor_id", "share", "weight");

    private final LocalDate baseline;
    private final Map<String, AdminUnit> pre = new LinkedHashMap<>();
    private final Map<String, AdminUnit> post = new LinkedHashMap<>();
    private final Map<String, String> newProvinceOfOld = new LinkedHashMap<>();
    private final Map<String, List<Link>> linksByNew = new TreeMap<>();
    private final Map<String, Integer> linkCountByOld = new LinkedHashMap<>();
    /** Post-reform code → pre-reform unit it continues (same id). */
    private final Map<String, AdminUnit> continuing = new LinkedHashMap<>();

    ReformPlan(LocalDate baseline, List<Map<String, String>> before, List<Map<String, String>> after,
               List<Map<String, String>> provinceMap, List<Map<String, String>> links) {
        this.baseline = baseline;
        before.forEach(r -> pre.put(key(r.get("level"), r.get("code")), AdminUnit.of(r)));
        after.forEach(r -> post.put(key(r.get("level"), r.get("code")), AdminUnit.of(r)));
        provinceMap.forEach(r -> newProvinceOfOld.put(r.get("old_province_code"), r.get("new_province_code")));
        for (Map<String, String> r : links) {
            Link l = Link.of(r);
            linksByNew.computeIfAbsent(l.newCommune(), k -> new ArrayList<>()).add(l);
            if (!l.oldCommune().isEmpty()) {
                linkCountByOld.merge(l.oldCommune(), 1, Integer::sum);
            }
        }
        findContinuing();
        build();
    }

    int unitCount() {
        return units.rows();
    }

    private static String key(String level, String code) {
        return level + ":" + code;
    }

    private void findContinuing() {
        for (AdminUnit p : byLevel(post, "province")) {
            AdminUnit old = pre.get(key("province", p.code()));
            if (old != null && p.code().equals(newProvinceOfOld.get(old.code())) && sameIdentity(old, p)) {
                continuing.put(key("province", p.code()), old);
            }
        }
        for (Map.Entry<String, List<Link>> e : linksByNew.entrySet()) {
            AdminUnit c = post.get(key("commune", e.getKey()));
            AdminUnit old = pre.get(key("commune", e.getKey()));
            boolean receivedWhole = e.getValue().stream().anyMatch(l -> l.whole() && l.oldCommune().equals(e.getKey()));
            if (c != null && old != null && receivedWhole && sameIdentity(old, c)) {
                continuing.put(key("commune", c.code()), old);
            }
        }
    }

    private static boolean sameIdentity(AdminUnit a, AdminUnit b) {
        return a.kind().equals(b.kind()) && VietnameseText.fold(a.name()).equals(VietnameseText.fold(b.name()));
    }

    private static List<AdminUnit> byLevel(Map<String, AdminUnit> units, String level) {
        return units.values().stream().filter(u -> u.level().equals(level)).toList();
    }

    static UUID preId(String level, String code) {
        return ReferenceIds.of("pre:" + level + ":" + code);
    }

    UUID postId(String level, String code) {
        AdminUnit old = continuing.get(key(level, code));
        return old != null ? preId(level, old.code()) : ReferenceIds.of("post:" + level + ":" + code);
    }

    private boolean continues(String level, String preCode) {
        AdminUnit old = continuing.get(key(level, preCode));
        return old != null && old.code().equals(preCode);
    }

    private void build() {
        units.row(CENTRAL_ID, "TW", "Trung ương Hội LHPN Việt Nam", "Central Committee of the Vietnam Women's Union", null, null,
                "CENTRAL", "trung ương", CENTRAL_FOUNDED, null, false,
                UnitEntity.searchTextOf("Trung ương Hội LHPN Việt Nam", null, "Central Committee of the Vietnam Women's Union"));
        for (AdminUnit u : pre.values()) {
            boolean kept = !u.level().equals("district") && continues(u.level(), u.code());
            // A kept unit takes its current (post-reform) spelling.
            AdminUnit shown = kept ? post.get(key(u.level(), u.code())) : u;
            addUnit(preId(u.level(), u.code()), shown, baseline, kept ? null : REFORM);
            UUID parent = switch (u.level()) {
                case "province" -> CENTRAL_ID;
                case "district" -> preId("province", u.parentCode());
                default -> preId("district", u.parentCode());
            };
            boolean keepsParent = kept && u.level().equals("province");
            parents.row(preId(u.level(), u.code()), parent, baseline, keepsParent ? null : REFORM);
        }
        for (AdminUnit u : post.values()) {
            UUID id = postId(u.level(), u.code());
            if (!continuing.containsKey(key(u.level(), u.code()))) {
                addUnit(id, u, REFORM, null);
                parents.row(id, u.level().equals("province") ? CENTRAL_ID : postId("province", u.parentCode()), REFORM, null);
            } else if (u.level().equals("commune")) {
                parents.row(id, postId("province", u.parentCode()), REFORM, null);
            }
        }
        provinceEvents();
        districtEvents();
        communeEvents();
    }

    private void addUnit(UUID id, AdminUnit u, LocalDate from, LocalDate to) {
        String name = "Hội LHPN " + Character.toLowerCase(u.name().charAt(0)) + u.name().substring(1);
        String nameEn = u.nameEn() == null || u.nameEn().isBlank() ? null : "Women's Union of " + u.nameEn();
        units.row(id, u.code(), name, nameEn, u.name(), u.code(), u.level().toUpperCase(), u.kind(), from, to, false,
                UnitEntity.searchTextOf(name, u.name(), nameEn));
    }

    private void provinceEvents() {
        Map<String, List<String>> oldByNew = new TreeMap<>();
        newProvinceOfOld.forEach((o, n) -> oldByNew.computeIfAbsent(n, k -> new ArrayList<>()).add(o));
        for (Map.Entry<String, List<String>> e : oldByNew.entrySet()) {
            UUID successor = postId("province", e.getKey());
            boolean isNew = !continuing.containsKey(key("province", e.getKey()));
            if (!isNew && e.getValue().size() == 1) {
                continue; // unchanged province
            }
            UUID event = ReferenceIds.of("event:province:" + e.getKey());
            events.row(event, "MERGE", REFORM, PROVINCE_BASIS, "Hợp nhất thành " + post.get(key("province", e.getKey())).name());
            effects.row(event, successor, isNew ? "CREATED" : "CONTINUED", null, null);
            for (String old : e.getValue()) {
                UUID oldId = preId("province", old);
                if (!oldId.equals(successor)) {
                    effects.row(event, oldId, "CLOSED", CENTRAL_ID, null);
                    lineage.row(event, oldId, successor, "WHOLE", null);
                }
            }
        }
    }

    private void districtEvents() {
        for (AdminUnit province : byLevel(pre, "province")) {
            UUID event = ReferenceIds.of("event:districts:" + province.code());
            events.row(event, "DISSOLVE", REFORM, DISTRICT_BASIS, "Kết thúc hoạt động các đơn vị cấp huyện của " + province.name());
            for (AdminUnit d : byLevel(pre, "district")) {
                if (d.parentCode().equals(province.code())) {
                    effects.row(event, preId("district", d.code()), "CLOSED", preId("province", province.code()), null);
                }
            }
        }
    }

    private void communeEvents() {
        Set<String> closed = new HashSet<>();
        Set<String> districtsWithCommunes = new HashSet<>();
        byLevel(pre, "commune").forEach(c -> districtsWithCommunes.add(c.parentCode()));
        for (Map.Entry<String, List<Link>> e : linksByNew.entrySet()) {
            AdminUnit c = post.get(key("commune", e.getKey()));
            UUID successor = postId("commune", c.code());
            boolean kept = continuing.containsKey(key("commune", c.code()));
            List<Link> sources = e.getValue().stream().filter(l -> !(kept && l.oldCommune().equals(c.code()))).toList();
            String type = sources.isEmpty() ? "MOVE"
                    : e.getValue().size() >= 2 ? "MERGE"
                    : e.getValue().get(0).whole() ? "RENAME" : "SPLIT";
            UUID event = ReferenceIds.of("event:commune:" + c.code());
            String province = post.get(key("province", c.parentCode())).name();
            events.row(event, type, REFORM, COMMUNE_BASIS.formatted(province), "Thành lập/sắp xếp " + c.name() + " (" + province + ")");
            if (kept) {
                effects.row(event, successor, "MOVED", preId("district", continuing.get(key("commune", c.code())).parentCode()),
                        postId("province", c.parentCode()));
            } else {
                effects.row(event, successor, "CREATED", null, null);
            }
            for (Link l : sources) {
                if (l.oldCommune().isEmpty()) {
                    // A whole island district became a special zone; or part of a district's area (Kim Sơn's coastal
                    // alluvial land) joined a commune while the district's communes went elsewhere.
                    boolean whole = l.whole() && !districtsWithCommunes.contains(l.oldDistrict());
                    lineage.row(event, preId("district", l.oldDistrict()), successor, whole ? "WHOLE" : "PART", null);
                    continue;
                }
                UUID old = preId("commune", l.oldCommune());
                if (closed.add(l.oldCommune())) {
                    effects.row(event, old, "CLOSED", preId("district", l.oldDistrict()), null);
                }
                // Parts of a split commune: equal shares unless better weights are recorded later.
                BigDecimal weight = l.whole() ? null
                        : BigDecimal.ONE.divide(BigDecimal.valueOf(linkCountByOld.get(l.oldCommune())), 6, RoundingMode.HALF_EVEN);
                lineage.row(event, old, successor, l.whole() ? "WHOLE" : "PART", weight);
            }
        }
    }
}
