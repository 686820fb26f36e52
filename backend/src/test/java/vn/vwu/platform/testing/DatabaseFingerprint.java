package vn.vwu.platform.testing;

import jakarta.persistence.EntityManager;

/** A digest of the hierarchy tables, to prove that a refused request wrote nothing. */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    public static String of(EntityManager em) {
        return (String) em.createNativeQuery("""
                SELECT md5(
                  (SELECT string_agg(id::text || coalesce(valid_to::text, '-') || version, ',' ORDER BY id) FROM unit) ||
                  (SELECT string_agg(unit_id::text || parent_id::text || valid_from || coalesce(valid_to::text, '-'), ',' ORDER BY unit_id, valid_from) FROM unit_parent) ||
                  (SELECT count(*) FROM unit_closure)::text || (SELECT count(*) FROM lineage)::text ||
                  (SELECT count(*) FROM reorganization)::text || (SELECT count(*) FROM reorganization_effect)::text)""")
                .getSingleResult();
    }
}
