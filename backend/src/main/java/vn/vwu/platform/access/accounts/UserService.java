package vn.vwu.platform.access.accounts;

import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.AuthMethod;
import vn.vwu.platform.access.CurrentCaller;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.Scope;
import vn.vwu.platform.access.sessions.SignInFailures;
import vn.vwu.platform.access.tokens.ApiTokenService;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.paging.Page;
import vn.vwu.platform.common.paging.PageRequest;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.common.text.Blank;
import vn.vwu.platform.common.text.VietnameseText;
import vn.vwu.platform.units.UnitEntity;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Accounts, managed by administrators of a unit for the people of its subtree. */
@ApplicationScoped
public class UserService {

    private final AccessControl access;
    private final EntityManager em;
    private final ApiTokenService tokens;
    private final SignInFailures failures;
    private final CurrentCaller caller;
    private final VwuConfig.Auth config;

    public UserService(AccessControl access, EntityManager em, ApiTokenService tokens, SignInFailures failures, CurrentCaller caller,
                       VwuConfig config) {
        this.access = access;
        this.em = em;
        this.tokens = tokens;
        this.failures = failures;
        this.caller = caller;
        this.config = config.auth();
    }

    @Transactional
    public UserEntity create(UserCreate in) {
        checkGrant(in);
        if (UserEntity.byUsername(in.username()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The username " + in.username() + " is taken",
                    List.of(new FieldError("username", "already in use")));
        }
        UserEntity u = new UserEntity();
        u.id = UUID.randomUUID();
        u.username = in.username();
        apply(u, in);
        setByAdministrator(u, in.password());
        u.persist();
        return u;
    }

    @Transactional
    public UserEntity update(UUID id, UserCreate in, Long expectedVersion) {
        UserEntity u = visible(id);
        access.requireWritable(u.unitId, Role.UNIT_ADMIN);
        ProblemException.requireVersion("account", expectedVersion, u.version);
        checkGrant(in);
        // Whoever may not grant a role may not change an account holding it (a UNIT_ADMIN resetting an ADMIN's password).
        if (u.roleSet().contains(Role.ADMIN) && !access.caller().isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This account holds the role ADMIN, which you cannot grant: only an administrator changes it");
        }
        if (u.id.equals(access.caller().userId()) && config.separationOfDuties()
                && (!u.roleSet().equals(java.util.EnumSet.copyOf(in.roles())) || !u.unitId.equals(in.unitId()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Nobody changes their own roles or unit: ask another administrator",
                    List.of(new FieldError("roles", "cannot be changed on your own account")));
        }
        boolean revoke = !in.unitId().equals(u.unitId) || Boolean.FALSE.equals(in.active()) || in.password() != null
                || !u.roleSet().containsAll(in.roles()) || !java.util.Objects.equals(Blank.toNull(in.ssoSubject()), u.ssoSubject);
        apply(u, in);
        setByAdministrator(u, in.password());
        if (revoke) {
            em.createNativeQuery("DELETE FROM user_session WHERE user_id = :u").setParameter("u", u.id).executeUpdate();
        }
        if (in.password() != null && config.revokeTokensOnPasswordChange()) {
            tokens.revokeAllOf(u.id, null);
        }
        return u;
    }

    /**
     * Throttled like signing in (the same counter of failures per account and address): a stolen session must not
     * become a way to guess the password. A wrong password is counted in its own transaction, so the 400 that
     * follows does not roll the count back.
     */
    @Transactional
    public void changeOwnPassword(PasswordChange in) {
        Principal p = access.caller();
        UserEntity u = UserEntity.findById(p.userId());
        long wait = failures.blockedFor(u.username, caller.ip());
        if (wait > 0) {
            throw SignInFailures.tooMany(wait);
        }
        if (!Passwords.matches(in.currentPassword(), u.passwordHash)) {
            QuarkusTransaction.requiringNew().run(() -> failures.failed(u.username, caller.ip()));
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        failures.succeeded(u.username, caller.ip());
        Passwords.checkPolicy("newPassword", in.newPassword(), u.username);
        if (Passwords.matches(in.newPassword(), u.passwordHash)) {
            throw ProblemException.invalid("newPassword", "must differ from the current password");
        }
        u.passwordHash = Passwords.hash(in.newPassword());
        u.mustChangePassword = false;
        // Other sessions end; this one goes on.
        em.createNativeQuery("DELETE FROM user_session WHERE user_id = :u AND (CAST(:s AS uuid) IS NULL OR id <> CAST(:s AS uuid))")
                .setParameter("u", u.id).setParameter("s", p.via() == AuthMethod.SESSION ? p.credentialId() : null).executeUpdate();
        if (config.revokeTokensOnPasswordChange()) {
            tokens.revokeAllOf(u.id, p.via() == AuthMethod.TOKEN ? p.credentialId() : null);
        }
    }

    /** A password set by an administrator (initial or reset): the person chooses their own at the next sign-in. */
    private static void setByAdministrator(UserEntity u, String password) {
        if (password != null) {
            Passwords.checkPolicy("password", password, u.username);
            u.passwordHash = Passwords.hash(password);
            u.mustChangePassword = true;
        }
    }

    /** An account the caller may see: their own, or (as administrator of a unit) one of its subtree. */
    public UserEntity visible(UUID id) {
        Principal p = access.caller();
        if (!id.equals(p.userId())) {
            access.requireRole(Role.UNIT_ADMIN);
        }
        UserEntity u = UserEntity.findById(id);
        if (u == null || !id.equals(p.userId()) && !access.scope().contains(u.unitId)) {
            throw ProblemException.notFound("Account", id);
        }
        return u;
    }

    public Page<UserEntity> list(UUID unitId, String q, Role role, Boolean active, PageRequest paging) {
        access.requireRole(Role.UNIT_ADMIN);
        if (unitId != null) {
            access.requireReadable(unitId);
        }
        Scope scope = access.scope();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (unitId != null) {
            where.append(" AND unitId = :unit");
            params.and("unit", unitId);
        }
        if (!scope.all()) {
            where.append(" AND unitId IN :scope");
            params.and("scope", scope.units());
        }
        if (active != null) {
            where.append(" AND active = :active");
            params.and("active", active);
        }
        var query = UserEntity.<UserEntity>find(where + " ORDER BY lower(username)", params);
        List<UserEntity> all = query.list().stream()
                .filter(u -> role == null || Arrays.asList(u.roles).contains(role.name()))
                .filter(u -> q == null || q.isBlank() || VietnameseText.fold(u.username + " " + u.fullName + " " + u.email)
                        .contains(VietnameseText.fold(q)))
                .toList();
        return Page.slice(all, paging);
    }

    public static User view(UserEntity u) {
        UnitEntity unit = UnitEntity.findById(u.unitId);
        return new User(u.id, u.username, u.fullName, u.email, u.phone, unit.ref(), u.roleSet().stream().toList(), u.active,
                u.passwordHash != null, u.ssoSubject, u.mustChangePassword, u.lastLoginAt, u.demo, u.version, u.createdAt, u.updatedAt);
    }

    public static UserCreate asInput(UserEntity u) {
        return new UserCreate(u.username, u.fullName, u.email, u.phone, u.unitId, u.roleSet().stream().toList(), u.active, null, u.ssoSubject);
    }

    /** Only an ADMIN makes ADMINs; everyone else grants within their own subtree. */
    private void checkGrant(UserCreate in) {
        access.requireWritable(in.unitId(), Role.UNIT_ADMIN);
        if (UnitEntity.findById(in.unitId()) == null) {
            throw ProblemException.notFound("Unit", in.unitId());
        }
        if (in.roles().contains(Role.ADMIN) && !access.caller().isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only an administrator of the whole system grants the role ADMIN",
                    List.of(new FieldError("roles", "ADMIN cannot be granted by you")));
        }
    }

    private static void apply(UserEntity u, UserCreate in) {
        u.fullName = in.fullName().trim();
        u.email = Blank.toNull(in.email());
        u.phone = Blank.toNull(in.phone());
        u.unitId = in.unitId();
        u.roles = in.roles().stream().distinct().map(Enum::name).sorted().toArray(String[]::new);
        u.active = in.active() == null || in.active();
        String subject = Blank.toNull(in.ssoSubject());
        if (subject != null && UserEntity.bySsoSubject(subject).filter(other -> !other.id.equals(u.id)).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Another account is already linked to this single sign-on subject",
                    List.of(new FieldError("ssoSubject", "already linked to another account")));
        }
        u.ssoSubject = subject;
    }

}
