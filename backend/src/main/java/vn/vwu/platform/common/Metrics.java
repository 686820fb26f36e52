package vn.vwu.platform.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;

/** Business counters, and latency histograms for the HTTP routes with buckets around our latency goals. */
@ApplicationScoped
public class Metrics {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public Metrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    public void valuesWritten(String source, long count) {
        afterCommit(() -> registry.counter("vwu.values.written", "source", source).increment(count));
    }

    public void activityRecorded(String type) {
        afterCommit(() -> registry.counter("vwu.activities.recorded", "type", type).increment());
    }

    /** Workflow transitions (SUBMIT, APPROVE, RETURN, REOPEN): reports submitted and decided. */
    public void reportTransition(String action) {
        afterCommit(() -> registry.counter("vwu.report.transitions", "action", action).increment());
    }

    /** Counts only what was committed: a write rolled back later in its transaction is not counted. */
    private void afterCommit(Runnable count) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            count.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }

    /** Histograms per route (the `uri` tag is the route template), with buckets at 25 ms … 5 s. */
    /**
     * The API and the management interface are two HTTP servers; Quarkus tags the network meters of one with its port and
     * not the other's, and Prometheus refuses one name with two sets of tag keys (the server would not start). The
     * network meters are counted for both servers together.
     */
    @Produces
    @Singleton
    MeterFilter oneSetOfTagsForBothServers() {
        return MeterFilter.ignoreTags("server.port", "server_port");
    }

    @Produces
    @Singleton
    MeterFilter httpHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos(25), nanos(50), nanos(100), nanos(150), nanos(200), nanos(500), nanos(1000),
                                nanos(2000), nanos(5000))
                        .build().merge(config);
            }
        };
    }

    private static double nanos(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
