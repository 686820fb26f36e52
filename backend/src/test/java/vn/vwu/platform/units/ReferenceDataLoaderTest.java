package vn.vwu.platform.units;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.DatabaseFingerprint;
import vn.vwu.platform.units.reference.ReferenceDataLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ReferenceDataLoaderTest {

    @Inject
    ReferenceDataLoader loader;

    @Inject
    EntityManager em;

    @Test
    void loadingAgainChangesNothing() {
        String before = DatabaseFingerprint.of(em);
        assertFalse(loader.load(), "the reference set is loaded at start-up; a second load must be a no-op");
        assertEquals(before, DatabaseFingerprint.of(em));
    }

    @Test
    void loadsEveryRowOfTheReferenceFilesWithStableIds() {
        // 1 central + 10,794 pre-reform + (3,355 post-reform − units that continue across the reform)
        long reference = count("SELECT count(*) FROM unit WHERE code NOT LIKE '%-%' AND NOT demo");
        long continuing = count("SELECT count(*) FROM unit WHERE code NOT LIKE '%-%' AND valid_from < '2025-07-01' AND valid_to IS NULL AND level <> 'CENTRAL'");
        assertEquals(1 + 10_794 + 3_355 - continuing, reference);
        assertEquals(10_571, count("""
                SELECT count(*) FROM lineage l JOIN reorganization r ON r.id = l.reorganization_id
                WHERE r.effective_date = '2025-07-01' AND r.legal_basis LIKE '%cấp xã%'""")
                // (reference codes have no dash: units that other tests create are left out)
                + count("SELECT count(*) FROM unit WHERE level = 'COMMUNE' AND valid_from < '2025-07-01' AND valid_to IS NULL AND code NOT LIKE '%-%'"),
                "every row of the conversion table is a lineage link, or a commune that simply continued");
        assertEquals("22dcc952-105c-39fd-ba0d-b5d63f90c310", em.createNativeQuery(
                "SELECT id::text FROM unit WHERE level = 'PROVINCE' AND code = '96' AND valid_from = '2020-01-01'").getSingleResult(),
                "reference ids are derived from (period, level, code), the same on every installation");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
