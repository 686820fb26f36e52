package vn.vwu.platform.units.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.activities.DemoActivityGenerator;
import jakarta.enterprise.event.Observes;
import vn.vwu.platform.common.VwuConfig;

/** Loads reference (and, if enabled, demo) data at start-up; both loads are idempotent. */
@ApplicationScoped
class DataLoadOnStart {

    private final VwuConfig config;
    private final ReferenceDataLoader reference;
    private final DemoDataGenerator demo;
    private final DemoActivityGenerator demoActivities;

    public DataLoadOnStart(VwuConfig config, ReferenceDataLoader reference, DemoDataGenerator demo, DemoActivityGenerator demoActivities) {
        this.config = config;
        this.reference = reference;
        this.demo = demo;
        this.demoActivities = demoActivities;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.referenceData().loadOnStart()) {
            reference.load();
            if (config.demoData().enabled()) {
                demo.load();
                demoActivities.load();
            }
        }
    }
}
