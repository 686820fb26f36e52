package vn.vwu.platform.access.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.VwuConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in attempts per client address and minute, across all accounts (guessing many usernames from one
 * place). Per-account locking is in the database ({@link LoginService}). In memory: each instance counts its
 * own attempts, which only makes the limit per instance.
 */
@ApplicationScoped
class LoginThrottle {

    private final int perMinute;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    public LoginThrottle(VwuConfig config) {
        this.perMinute = config.auth().attemptsPerMinutePerAddress();
    }

    /** Counts an attempt; returns the seconds to wait if the address is over its limit, 0 if it may go on. */
    public long attempt(String address) {
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 100_000) {
            windows.clear(); // a flood of addresses: forget rather than grow without bound
        }
        long[] w = windows.compute(address == null ? "?" : address, (k, v) -> {
            if (v == null || v[0] != minute) {
                return new long[] {minute, 1};
            }
            v[1]++;
            return v;
        });
        return w[1] > perMinute ? 60 - (System.currentTimeMillis() / 1000) % 60 : 0;
    }
}
