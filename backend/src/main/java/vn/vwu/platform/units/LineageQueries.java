package vn.vwu.platform.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.units.reorganizations.ReorganizationRef;
import vn.vwu.platform.units.reorganizations.ReorganizationType;
import vn.vwu.platform.units.reorganizations.Share;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class LineageQueries {

    /** `other` is the unit on the far side of the link. */
    private static final String STEPS = """
            SELECT o.id, o.code, o.name, o.level, o.valid_from, o.valid_to, l.share, l.weight,
                   r.id AS r_id, r.type AS r_type, r.effective_date, r.legal_basis
            FROM lineage l
            JOIN unit o ON o.id = l.%s
            JOIN reorganization r ON r.id = l.reorganization_id
            WHERE l.%s = :id
            ORDER BY r.effective_date, o.code, o.id
            """;

    private final EntityManager em;

    public LineageQueries(EntityManager em) {
        this.em = em;
    }

    public UnitLineage of(UnitEntity unit) {
        return new UnitLineage(new UnitRef(unit.id, unit.code, unit.name, unit.level), unit.validFrom, unit.validTo,
                steps(unit.id, "predecessor_id", "successor_id"), steps(unit.id, "successor_id", "predecessor_id"));
    }

    private List<UnitLineage.Step> steps(UUID id, String otherColumn, String selfColumn) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(STEPS.formatted(otherColumn, selfColumn), Tuple.class)
                .setParameter("id", id).getResultList();
        return rows.stream().map(t -> new UnitLineage.Step(
                new UnitRef(Rows.uuid(t, "id"), Rows.string(t, "code"), Rows.string(t, "name"), UnitLevel.valueOf(Rows.string(t, "level"))),
                Rows.date(t, "valid_from"), Rows.date(t, "valid_to"), Share.valueOf(Rows.string(t, "share")), Rows.decimal(t, "weight"),
                new ReorganizationRef(Rows.uuid(t, "r_id"), ReorganizationType.valueOf(Rows.string(t, "r_type")),
                        Rows.date(t, "effective_date"), Rows.string(t, "legal_basis")))).toList();
    }
}
