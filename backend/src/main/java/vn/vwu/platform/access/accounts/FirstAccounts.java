package vn.vwu.platform.access.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.Secrets;
import vn.vwu.platform.common.VwuConfig;

import java.util.List;
import java.util.UUID;

/**
 * Accounts that exist before anyone can create one: the first administrator (at first start, when there is no
 * account at all: with the configured password, or a generated one printed once in the log) and, in dev mode
 * only, the documented demo accounts. Runs after the reference data is loaded (it needs the units).
 */
@ApplicationScoped
class FirstAccounts {

    private static final Logger LOG = Logger.getLogger(FirstAccounts.class);
    /** Documented in the README; created only with vwu.auth.demo-accounts=true (dev mode). */
    public static final String DEMO_PASSWORD = "PhuNu@2026demo";

    private final VwuConfig.Auth config;
    private final EntityManager em;

    public FirstAccounts(VwuConfig config, EntityManager em) {
        this.config = config.auth();
        this.em = em;
    }

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        UUID central = unitByQuery("SELECT id FROM unit WHERE level = 'CENTRAL' ORDER BY valid_from LIMIT 1");
        if (central == null) {
            LOG.warn("No central union yet: accounts are created once the reference data is loaded");
            return;
        }
        // Replicas starting together on a new database: one creates the accounts, the others wait here and then
        // find them (seen in bench/replicas.sh: without it, a second replica failed on the duplicate username).
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('vwu-first-accounts'))").getSingleResult();
        if (config.demoAccounts()) {
            createDemoAccounts(central);
        }
        long users = ((Number) em.createNativeQuery("SELECT count(*) FROM app_user").getSingleResult()).longValue();
        if (users == 0) {
            String password = config.bootstrap().password().orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = Secrets.generate(15);
            }
            Passwords.checkPolicy("VWU_AUTH_BOOTSTRAP_PASSWORD", password, config.bootstrap().username());
            create(config.bootstrap().username(), "Quản trị hệ thống", central, List.of(Role.ADMIN), password, generated, false);
            if (generated) {
                LOG.warnf("First administrator created: username '%s', password '%s' (shown once; change it after signing in: PUT /api/v1/session/password)",
                        config.bootstrap().username(), password);
            } else {
                LOG.infof("First administrator '%s' created with the configured password", config.bootstrap().username());
            }
        }
    }

    private void createDemoAccounts(UUID central) {
        UUID province = unitByQuery("""
                SELECT id FROM unit WHERE level = 'PROVINCE' AND code = '96' AND valid_from <= current_date
                  AND (valid_to IS NULL OR valid_to > current_date)""");
        UUID commune = province == null ? null : unitByQuery("""
                SELECT c.descendant_id FROM unit_closure c JOIN unit u ON u.id = c.descendant_id
                WHERE c.ancestor_id = '%s' AND u.level = 'COMMUNE' AND c.valid_from <= current_date AND c.valid_to > current_date
                ORDER BY u.code LIMIT 1""".formatted(province));
        demo("demo.admin", "Quản trị (demo)", central, Role.ADMIN);
        String[][] levels = {{"tw", "Trung ương"}, {"camau", "tỉnh Cà Mau"}, {"xa", "xã (Cà Mau)"}};
        UUID[] units = {central, province, commune};
        for (int i = 0; i < levels.length; i++) {
            if (units[i] == null) {
                continue;
            }
            for (Role role : List.of(Role.UNIT_ADMIN, Role.EDITOR, Role.APPROVER, Role.VIEWER)) {
                demo(levels[i][0] + "." + role.name().toLowerCase().replace("_", ""), role.name() + " " + levels[i][1] + " (demo)", units[i], role);
            }
        }
    }

    private void demo(String username, String fullName, UUID unit, Role role) {
        if (UserEntity.byUsername(username).isEmpty()) {
            create(username, fullName, unit, List.of(role), DEMO_PASSWORD, false, true);
        }
    }

    private void create(String username, String fullName, UUID unit, List<Role> roles, String password, boolean mustChange, boolean demo) {
        UserEntity u = new UserEntity();
        u.id = UUID.randomUUID();
        u.username = username;
        u.fullName = fullName;
        u.unitId = unit;
        u.roles = roles.stream().map(Enum::name).toArray(String[]::new);
        u.active = true;
        u.passwordHash = Passwords.hash(password);
        u.mustChangePassword = mustChange;
        u.demo = demo;
        u.persist();
    }

    private UUID unitByQuery(String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.isEmpty() ? null : rows.get(0) instanceof UUID u ? u : UUID.fromString(rows.get(0).toString());
    }
}
