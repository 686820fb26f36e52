package vn.vwu.platform.activities;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.activities.programmes.ProgrammeRef;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.units.UnitLevel;
import vn.vwu.platform.units.UnitRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of activities: subtree searches, API views of a page of them, and rows for exports. */
@ApplicationScoped
class ActivityQueries {

    public record Ids(List<UUID> ids, long total) {
    }

    private final AgroalDataSource dataSource;

    public ActivityQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page of matching ids in order, with the number of matches. */
    public Ids search(ActivityFilter filter, ActivitySort sort, PageRequest page) {
        Sql where = filter.where();
        String sql = "SELECT a.id, count(*) OVER () AS total" + where.text() + " ORDER BY " + sort.sql() + " LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int n = where.bind(c, ps, 1);
            ps.setInt(n++, page.size());
            ps.setLong(n, page.offset());
            List<UUID> ids = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                    total = rs.getLong(2);
                }
            }
            if (ids.isEmpty() && page.offset() > 0) {
                total = count(c, where); // past the last page: the window function saw no rows
            }
            return new Ids(ids, total);
        } catch (SQLException e) {
            throw new IllegalStateException("activity search failed", e);
        }
    }

    public long count(ActivityFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            return count(c, filter.where());
        } catch (SQLException e) {
            throw new IllegalStateException("activity count failed", e);
        }
    }

    private static long count(Connection c, Sql where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where.text())) {
            where.bind(c, ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Programme and partner references come packed (fields split by \u001f, references by \u001e: never in names). */
    private static final String VIEW = """
            SELECT a.*, t.name AS type_name,
                   u.code AS unit_code, u.name AS unit_name, u.level AS unit_level,
                   pu.code AS place_code, pu.name AS place_name, pu.level AS place_level,
                   (SELECT count(*) FROM activity_attachment x WHERE x.activity_id = a.id) AS attachment_count,
                   (SELECT string_agg(p.id || E'\\x1f' || p.code || E'\\x1f' || p.name, E'\\x1e' ORDER BY p.code)
                    FROM activity_programme ap JOIN programme p ON p.id = ap.programme_id WHERE ap.activity_id = a.id) AS programmes,
                   (SELECT string_agg(x.id || E'\\x1f' || x.level || E'\\x1f' || x.code || E'\\x1f' || x.name, E'\\x1e'
                                      ORDER BY array_position(a.partner_unit_ids, x.id))
                    FROM unit x WHERE x.id = ANY (a.partner_unit_ids)) AS partners
            FROM activity a
            JOIN activity_type t ON t.code = a.type_code
            JOIN unit u ON u.id = a.unit_id
            LEFT JOIN unit pu ON pu.id = a.place_unit_id
            WHERE a.id = ANY (?)""";

    /** API views of the given activities, in the given order; one query whatever the page size. */
    public List<Activity> views(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(VIEW)) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            Map<UUID, Activity> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Activity a = toApi(rs);
                    found.put(a.id(), a);
                }
            }
            return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("activity read failed", e);
        }
    }

    public Activity view(UUID id) {
        List<Activity> one = views(List.of(id));
        return one.isEmpty() ? null : one.get(0);
    }

    private static Activity toApi(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID placeId = rs.getObject("place_unit_id", UUID.class);
        Integer total = integer(rs, "participants");
        Integer women = integer(rs, "participants_women");
        Integer men = integer(rs, "participants_men");
        Integer children = integer(rs, "participants_children");
        Integer ethnic = integer(rs, "participants_ethnic_minority");
        Integer people = integer(rs, "beneficiary_people");
        Integer households = integer(rs, "beneficiary_households");
        List<ProgrammeRef> programmes = unpack(rs.getString("programmes"), 3).stream()
                .map(f -> new ProgrammeRef(UUID.fromString(f[0]), f[1], f[2])).toList();
        List<UnitRef> partners = unpack(rs.getString("partners"), 4).stream()
                .map(f -> new UnitRef(UUID.fromString(f[0]), f[2], f[3], UnitLevel.valueOf(f[1]))).toList();
        return new Activity(id,
                new UnitRef(rs.getObject("unit_id", UUID.class), rs.getString("unit_code"), rs.getString("unit_name"),
                        UnitLevel.valueOf(rs.getString("unit_level"))),
                rs.getString("title"), rs.getString("type_code"), rs.getString("type_name"), programmes,
                ActivityService.vietnamTime(rs.getObject("starts_at", OffsetDateTime.class)),
                ActivityService.vietnamTime(rs.getObject("ends_at", OffsetDateTime.class)),
                rs.getObject("activity_date", LocalDate.class),
                placeId == null ? null : new UnitRef(placeId, rs.getString("place_code"), rs.getString("place_name"),
                        UnitLevel.valueOf(rs.getString("place_level"))),
                rs.getString("place_text"), partners, List.of((String[]) rs.getArray("partner_agencies").getArray()),
                total == null && women == null && men == null && children == null && ethnic == null ? null
                        : new Participants(total, women, men, children, ethnic),
                people == null && households == null ? null : new Beneficiaries(people, households),
                longOrNull(rs, "cost"), longOrNull(rs, "funds"), rs.getString("description"), rs.getString("results"),
                ActivityStatus.valueOf(rs.getString("status")), rs.getBoolean("demo"), rs.getInt("attachment_count"),
                rs.getString("created_by"), ActivityService.vietnamTime(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("updated_by"), ActivityService.vietnamTime(rs.getObject("updated_at", OffsetDateTime.class)),
                rs.getLong("version"));
    }

    private static List<String[]> unpack(String packed, int fields) {
        return packed == null ? List.of() : Arrays.stream(packed.split("\u001e")).map(r -> r.split("\u001f", fields)).toList();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
