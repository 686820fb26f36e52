package vn.vwu.platform.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.problem.ProblemException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Write side of the effective-dated parent links and their closure. Callers run inside a transaction;
 * every rule violation throws, so the transaction rolls back and nothing is half-written.
 */
@ApplicationScoped
public class Hierarchy {

    private final EntityManager em;

    public Hierarchy(EntityManager em) {
        this.em = em;
    }

    /** Loads and locks a unit; `field` names the request field for the error if it does not exist. */
    public UnitEntity lockExisting(UUID id, String field) {
        UnitEntity unit = em.find(UnitEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw ProblemException.rule(field, "no unit with id " + id);
        }
        return unit;
    }

    /** The parent link alive at a date, if any. */
    public Optional<UUID> parentOn(UUID unitId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT parent_id FROM unit_parent WHERE unit_id = :u"
                        + " AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)")
                .setParameter("u", unitId).setParameter("d", date).getResultList();
        return rows.stream().findFirst().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()));
    }

    /**
     * Checks that `child` may hang under `parent` for [from, to): the parent exists for the whole
     * interval and is of a higher level.
     */
    public void checkParent(String field, UnitEntity parent, UnitLevel childLevel, LocalDate from, LocalDate to) {
        if (!childLevel.canHangUnder(parent.level)) {
            throw ProblemException.rule(field, "a " + childLevel + " unit cannot hang under a " + parent.level
                    + " unit (" + parent.name + "): the parent must be of a higher level");
        }
        boolean startsInside = !parent.validFrom.isAfter(from) && (parent.validTo == null || parent.validTo.isAfter(from));
        boolean endsInside = parent.validTo == null || (to != null && !to.isAfter(parent.validTo));
        if (!startsInside || !endsInside) {
            throw ProblemException.rule(field, "the parent " + parent.name + " exists only " + interval(parent.validFrom, parent.validTo)
                    + ", which does not cover " + interval(from, to));
        }
    }

    public void insertLink(UUID unitId, UUID parentId, LocalDate from, LocalDate to) {
        em.createNativeQuery("INSERT INTO unit_parent (unit_id, parent_id, valid_from, valid_to) VALUES (:u, :p, :f, :t)")
                .setParameter("u", unitId).setParameter("p", parentId).setParameter("f", from)
                .setParameter("t", to == null ? null : to)
                .executeUpdate();
    }

    /** Ends at `date` the link alive at `date` (and drops links that would start later). Returns the old parent. */
    public Optional<UUID> endLinkAt(UUID unitId, LocalDate date) {
        Optional<UUID> old = parentOn(unitId, date);
        em.createNativeQuery("DELETE FROM unit_parent WHERE unit_id = :u AND valid_from >= :d")
                .setParameter("u", unitId).setParameter("d", date).executeUpdate();
        em.createNativeQuery("UPDATE unit_parent SET valid_to = :d WHERE unit_id = :u AND valid_from < :d"
                        + " AND (valid_to IS NULL OR valid_to > :d)")
                .setParameter("u", unitId).setParameter("d", date).executeUpdate();
        return old;
    }

    /** Children that are still attached to `parentId` on or after `date`. */
    public List<UnitRef> childrenFrom(UUID parentId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT DISTINCT u.id, u.code, u.name, u.level FROM unit_parent p"
                        + " JOIN unit u ON u.id = p.unit_id WHERE p.parent_id = :p AND (p.valid_to IS NULL OR p.valid_to > :d)"
                        + " ORDER BY u.code", Tuple.class)
                .setParameter("p", parentId).setParameter("d", date).getResultList();
        return rows.stream().map(t -> new UnitRef(Rows.uuid(t, "id"), Rows.string(t, "code"), Rows.string(t, "name"),
                UnitLevel.valueOf(Rows.string(t, "level")))).toList();
    }

    /** True if another unit of the same level holds `code` at some date of [from, to). */
    public boolean codeTaken(UUID exceptId, UnitLevel level, String code, LocalDate from, LocalDate to) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM unit WHERE level = :l AND code = :c AND id <> :id"
                        + " AND daterange(valid_from, valid_to) && daterange(CAST(:f AS date), CAST(:t AS date))")
                .setParameter("l", level.name()).setParameter("c", code)
                .setParameter("id", exceptId == null ? new UUID(0, 0) : exceptId)
                .setParameter("f", from).setParameter("t", to)
                .getSingleResult();
        return n.longValue() > 0;
    }

    /** Recomputes the closure rows of these units and of everything ever below them. */
    public void refreshClosure(Collection<UUID> roots) {
        if (roots.isEmpty()) {
            return;
        }
        em.flush();
        // Passed as text: portable across drivers, and the set is small (the units an edit touched).
        em.createNativeQuery("SELECT refresh_unit_closure(CAST(string_to_array(:roots, ',') AS uuid[]))")
                .setParameter("roots", String.join(",", roots.stream().map(UUID::toString).toList()))
                .getSingleResult();
    }

    public static String interval(LocalDate from, LocalDate to) {
        return "from " + from + (to == null ? " onwards" : " until " + to.minusDays(1));
    }
}
