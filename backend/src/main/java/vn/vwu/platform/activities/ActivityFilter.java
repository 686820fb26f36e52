package vn.vwu.platform.activities;

import vn.vwu.platform.activities.programmes.ProgrammeEntity;
import vn.vwu.platform.activities.types.ActivityTypeEntity;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.common.web.Params;
import vn.vwu.platform.indicators.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A validated activity selection and the SQL it becomes. Dates are activity dates (local date of the
 * start), `to` exclusive internally; subtree membership is taken on each activity's own date, so an
 * activity of a former district's commune in 2024 belongs to that district, and from 2025-07-01 the
 * commune's new activities belong to the new province directly.
 */
record ActivityFilter(UUID unitId, boolean descendants, boolean root, LocalDate from, LocalDate to, List<String> types,
                             List<UUID> programmeIds, List<ActivityStatus> statuses, List<String> words) {

    public static ActivityFilter of(ActivityQueryParams p, List<ActivityStatus> defaultStatuses) {
        List<FieldError> errors = new ArrayList<>();
        UUID unit = collect(errors, () -> Params.uuid("unitId", p.unitId));
        boolean descendants = Boolean.TRUE.equals(collect(errors, () -> Params.bool("descendants", p.descendants, true)));
        LocalDate from = collect(errors, () -> Params.date("from", p.from, null));
        LocalDate toInclusive = collect(errors, () -> Params.date("to", p.to, null));
        LocalDate to = toInclusive == null ? null : toInclusive.plusDays(1);
        if (p.period != null && !p.period.isBlank()) {
            if (from != null || to != null) {
                errors.add(new FieldError("period", "give either period or from/to, not both"));
            }
            Period period = collect(errors, () -> Period.parse("period", p.period, true));
            if (period != null) {
                from = period.start();
                to = period.end();
            }
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        List<String> types = list(p.type).stream().map(String::toUpperCase).toList();
        for (String t : types) {
            if (ActivityTypeEntity.findById(t) == null) {
                errors.add(new FieldError("type", "no activity type with code " + t));
            }
        }
        List<UUID> programmes = new ArrayList<>();
        for (String ref : list(p.programme)) {
            ProgrammeEntity found = ProgrammeEntity.byCode(ref).orElse(null);
            if (found == null) {
                try {
                    found = ProgrammeEntity.findById(UUID.fromString(ref));
                } catch (IllegalArgumentException notAnId) {
                    // neither a code nor an id: reported below
                }
            }
            if (found == null) {
                errors.add(new FieldError("programme", "no programme with code or id " + ref));
            } else {
                programmes.add(found.id);
            }
        }
        List<ActivityStatus> statuses = new ArrayList<>();
        for (String s : list(p.status)) {
            ActivityStatus st = collect(errors, () -> Params.enumValue("status", s, ActivityStatus.class));
            if (st != null) {
                statuses.add(st);
            }
        }
        if (statuses.isEmpty()) {
            statuses.addAll(defaultStatuses);
        }
        ProblemException.throwIfInvalid(errors, "parameters");
        List<String> words = Arrays.stream(VietnameseText.fold(p.q).split("\\s+")).filter(w -> !w.isBlank()).toList();
        return new ActivityFilter(unit, descendants, unit != null && descendants && isRoot(unit), from, to, types, programmes, statuses, words);
    }

    /** The central union: every unit is in its subtree at every date, so its searches need no closure join. */
    private static boolean isRoot(UUID unit) {
        Number n = (Number) ActivityTypeEntity.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM unit u WHERE u.id = :u AND u.level = 'CENTRAL' AND NOT EXISTS (SELECT 1 FROM unit_parent p WHERE p.unit_id = u.id)")
                .setParameter("u", unit).getSingleResult();
        return n.longValue() > 0;
    }

    private static List<String> list(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static <T> T collect(List<FieldError> errors, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** FROM/WHERE over `activity a` (and `unit_closure c` for subtrees), with its parameters in order. */
    public Sql where() {
        return where(false);
    }

    /** With `depth`, the organising unit's depth under unitId is available (the closure join is kept even at the root). */
    public Sql where(boolean depth) {
        StringBuilder sql = new StringBuilder(" FROM activity a");
        List<Object> params = new ArrayList<>();
        boolean subtree = unitId != null && descendants && (depth || !root);
        if (subtree) {
            sql.append(" JOIN unit_closure c ON c.ancestor_id = ? AND c.descendant_id = a.unit_id"
                    + " AND c.valid_from <= a.activity_date AND c.valid_to > a.activity_date");
            params.add(unitId);
        }
        sql.append(" WHERE true");
        if (unitId != null && !descendants) {
            sql.append(" AND a.unit_id = ?");
            params.add(unitId);
        }
        if (from != null) {
            sql.append(" AND a.activity_date >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND a.activity_date < ?");
            params.add(to);
        }
        if (!types.isEmpty()) {
            sql.append(" AND a.type_code = ANY (?)");
            params.add(new Sql.Array("varchar", types.toArray()));
        }
        if (!programmeIds.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM activity_programme ap WHERE ap.activity_id = a.id AND ap.programme_id = ANY (?))");
            params.add(new Sql.Array("uuid", programmeIds.toArray()));
        }
        if (statuses.size() < ActivityStatus.values().length) {
            sql.append(" AND a.status = ANY (?)");
            params.add(new Sql.Array("varchar", statuses.stream().map(Enum::name).toArray()));
        }
        for (String w : words) {
            sql.append(" AND a.search_text LIKE ?");
            params.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        // depth of the organising unit under unitId (0 without a subtree): the CHILD summary needs it
        return new Sql(sql.toString(), params, subtree ? "c.depth" : "0");
    }
}
