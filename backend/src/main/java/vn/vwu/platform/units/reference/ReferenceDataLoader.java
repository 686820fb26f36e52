package vn.vwu.platform.units.reference;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.text.Csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Loads Vietnam's administrative structure before and after the 2025-07-01 reform as union units,
 * with the reform recorded as reorganisation events and lineage (see {@link ReformPlan}).
 */
@ApplicationScoped
public class ReferenceDataLoader {

    static final String DATASET = "vn-admin-2025";
    /** Bump when the mapping from files to rows changes. */
    private static final String PLAN_VERSION = "1";
    private static final String DIR = "reference/vn-admin/";
    private static final List<String> FILES = List.of("units-before-2025-07.csv", "units-from-2025-07.csv",
            "reform-2025-07-provinces.csv", "reform-2025-07.csv");

    private final AgroalDataSource dataSource;
    private final VwuConfig config;

    public ReferenceDataLoader(AgroalDataSource dataSource, VwuConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Loads the reference structure unless it is already there. Returns true if it loaded now. */
    public boolean load() {
        return BulkLoad.run(dataSource, DATASET, checksum(), c -> {
            ReformPlan plan = new ReformPlan(config.referenceData().baselineDate(),
                    read(FILES.get(0)), read(FILES.get(1)), read(FILES.get(2)), read(FILES.get(3)));
            plan.units.copyInto(c);
            plan.parents.copyInto(c);
            plan.events.copyInto(c);
            plan.effects.copyInto(c);
            plan.lineage.copyInto(c);
            BulkLoad.refreshAllClosures(c);
            return plan.unitCount();
        });
    }

    private static List<Map<String, String>> read(String file) {
        try (InputStream in = resource(file)) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("Missing reference file " + DIR + file);
        }
        return in;
    }

    private static String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(PLAN_VERSION.getBytes());
            for (String f : FILES) {
                try (InputStream in = resource(f)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
