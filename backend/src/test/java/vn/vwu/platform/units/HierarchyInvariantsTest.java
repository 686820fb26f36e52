package vn.vwu.platform.units;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Structural invariants checked over the whole database (reference data plus whatever other tests
 * created) at dates around the reform: the derived closure must agree with the parent links.
 */
@QuarkusTest
class HierarchyInvariantsTest {

    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-15", "2025-06-30", "2025-07-01", "2026-11-22"})
    void everyLivingUnitButTheCentralUnionHasExactlyOneLivingParent(String date) {
        LocalDate d = LocalDate.parse(date);
        assertEquals(0L, count("""
                SELECT count(*) FROM unit u WHERE u.level <> 'CENTRAL' AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to > :d)
                  AND (SELECT count(*) FROM unit_parent p JOIN unit pu ON pu.id = p.parent_id
                        WHERE p.unit_id = u.id AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)
                          AND pu.valid_from <= :d AND (pu.valid_to IS NULL OR pu.valid_to > :d)) <> 1""", d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-15", "2025-06-30", "2025-07-01", "2026-11-22"})
    void closureDepthOneRowsAreExactlyTheParentLinks(String date) {
        LocalDate d = LocalDate.parse(date);
        String links = "SELECT unit_id, parent_id FROM unit_parent WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)";
        String closure = "SELECT descendant_id, ancestor_id FROM unit_closure WHERE depth = 1 AND valid_from <= :d AND valid_to > :d";
        assertEquals(0L, count("SELECT count(*) FROM ((" + links + ") EXCEPT (" + closure + ")) x", d));
        assertEquals(0L, count("SELECT count(*) FROM ((" + closure + ") EXCEPT (" + links + ")) x", d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-15", "2025-06-30", "2025-07-01", "2026-11-22"})
    void everyLivingUnitReachesTheCentralUnionThroughTheClosure(String date) {
        LocalDate d = LocalDate.parse(date);
        assertEquals(0L, count("""
                SELECT count(*) FROM unit u WHERE u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to > :d)
                  AND NOT EXISTS (SELECT 1 FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id
                                  WHERE c.descendant_id = u.id AND a.level = 'CENTRAL' AND c.valid_from <= :d AND c.valid_to > :d)""", d));
    }

    private long count(String sql, LocalDate d) {
        return ((Number) em.createNativeQuery(sql).setParameter("d", d).getSingleResult()).longValue();
    }
}
