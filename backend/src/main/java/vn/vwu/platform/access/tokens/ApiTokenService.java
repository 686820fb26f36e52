package vn.vwu.platform.access.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import vn.vwu.platform.access.AccessControl;
import vn.vwu.platform.access.AuthMethod;
import vn.vwu.platform.access.Principal;
import vn.vwu.platform.access.Role;
import vn.vwu.platform.access.RoleArrays;
import vn.vwu.platform.access.ScopeService;
import vn.vwu.platform.access.Secrets;
import vn.vwu.platform.common.VwuConfig;
import vn.vwu.platform.common.db.Rows;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.units.UnitEntity;
import vn.vwu.platform.units.UnitLevel;
import vn.vwu.platform.units.UnitRef;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Personal API tokens: created by a signed-in user for a subset of their rights, stored hashed. */
@ApplicationScoped
public class ApiTokenService {

    public static final String PREFIX = "vwu_";

    private final EntityManager em;
    private final AccessControl access;
    private final ScopeService scopes;
    private final VwuConfig.Auth config;

    public ApiTokenService(EntityManager em, AccessControl access, ScopeService scopes, VwuConfig config) {
        this.em = em;
        this.access = access;
        this.scopes = scopes;
        this.config = config.auth();
    }

    @Transactional
    public ApiTokenCreated create(ApiTokenCreate in) {
        Principal p = access.caller();
        if (p.via() == AuthMethod.TOKEN) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A token cannot create tokens; sign in to create one");
        }
        Set<Role> roles = in.roles() == null || in.roles().isEmpty() ? p.roles() : EnumSet.copyOf(in.roles());
        for (Role r : roles) {
            if (!p.roles().contains(r) && !p.isAdmin()) {
                throw ProblemException.invalid("roles", "you do not have the role " + r + " yourself");
            }
        }
        UUID unit = in.unitId() == null ? p.unitId() : in.unitId();
        if (UnitEntity.findById(unit) == null || !access.scope().contains(unit)) {
            throw ProblemException.invalid("unitId", "must be your unit or a unit below it");
        }
        int days = in.expiresInDays() == null ? Math.min(config.tokenDefaultDays(), config.tokenMaxDays()) : in.expiresInDays();
        if (days > config.tokenMaxDays()) {
            throw ProblemException.invalid("expiresInDays", "must be at most " + config.tokenMaxDays());
        }
        // Only an administrator's token made without a unit reaches the whole system; one made for a unit is limited to it.
        boolean wholeSystem = p.wholeSystem() && in.unitId() == null && roles.contains(Role.ADMIN);
        String secret = PREFIX + Secrets.generate(30);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO api_token (id, user_id, name, prefix, secret_hash, roles, unit_id, expires_at, whole_system)
                VALUES (:id, :user, :name, :prefix, :hash, CAST(string_to_array(:roles, ',') AS varchar[]), :unit,
                        now() + make_interval(days => :days), :whole)""")
                .setParameter("id", id).setParameter("user", p.userId()).setParameter("name", in.name().trim())
                .setParameter("prefix", secret.substring(0, PREFIX.length() + 4)).setParameter("hash", Secrets.hash(secret))
                .setParameter("roles", String.join(",", roles.stream().map(Enum::name).sorted().toList()))
                .setParameter("unit", unit).setParameter("days", days).setParameter("whole", wholeSystem).executeUpdate();
        return new ApiTokenCreated(secret, list(p.userId(), id).get(0));
    }

    /**
     * Ends the tokens of an account after its password changed (whoever knew the old one may have made them), except
     * `keep`: the token that made the change itself, which has just proved the new password's owner.
     */
    public void revokeAllOf(UUID user, UUID keep) {
        em.createNativeQuery("UPDATE api_token SET revoked_at = now() WHERE user_id = :u AND revoked_at IS NULL"
                        + " AND (CAST(:keep AS uuid) IS NULL OR id <> CAST(:keep AS uuid))")
                .setParameter("u", user).setParameter("keep", keep).executeUpdate();
    }

    public List<ApiToken> mine() {
        return list(access.caller().userId(), null);
    }

    @Transactional
    public void revoke(UUID id) {
        Principal p = access.caller();
        int n = em.createNativeQuery("UPDATE api_token SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL"
                        + " AND (CAST(:user AS uuid) IS NULL OR user_id = :user)")
                .setParameter("id", id).setParameter("user", p.wholeSystem() ? null : p.userId())
                .executeUpdate();
        if (n == 0 && list(p.wholeSystem() ? null : p.userId(), id).isEmpty()) {
            throw ProblemException.notFound("API token", id);
        }
    }

    /** The principal of a presented token: its roles still held by its owner, its unit still within the owner's reach. */
    @Transactional
    public Optional<Principal> resolve(String secret) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT t.id, t.roles AS token_roles, t.unit_id AS token_unit, t.last_used_at, t.whole_system,
                       u.id AS user_id, u.username, u.unit_id AS user_unit, u.roles AS user_roles
                FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.secret_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active""", Tuple.class)
                .setParameter("hash", Secrets.hash(secret)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple t = rows.get(0);
        Set<Role> owner = RoleArrays.parse(t.get("user_roles"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : RoleArrays.parse(t.get("token_roles"))) {
            if (owner.contains(r) || owner.contains(Role.ADMIN)) {
                roles.add(r);
            }
        }
        UUID unit = Rows.uuid(t, "token_unit");
        boolean reachable = owner.contains(Role.ADMIN) || scopes.of(Rows.uuid(t, "user_unit")).contains(unit);
        if (roles.isEmpty() || !reachable) {
            return Optional.empty();
        }
        UUID id = Rows.uuid(t, "id");
        OffsetDateTime lastUsed = Rows.offsetDateTime(t, "last_used_at");
        if (lastUsed == null || lastUsed.isBefore(OffsetDateTime.now().minusMinutes(1))) {
            em.createNativeQuery("UPDATE api_token SET last_used_at = now() WHERE id = :id").setParameter("id", id).executeUpdate();
        }
        boolean wholeSystem = Boolean.TRUE.equals(t.get("whole_system")) && owner.contains(Role.ADMIN) && roles.contains(Role.ADMIN);
        return Optional.of(Principal.ofToken(Rows.uuid(t, "user_id"), Rows.string(t, "username"), Rows.uuid(t, "user_unit"), unit, roles, id,
                wholeSystem));
    }

    private List<ApiToken> list(UUID user, UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT t.id, t.name, t.prefix, t.roles, t.expires_at, t.revoked_at, t.last_used_at, t.created_at, t.unit_id,
                       u.code AS unit_code, u.name AS unit_name, u.level AS unit_level
                FROM api_token t JOIN unit u ON u.id = t.unit_id
                WHERE (CAST(:user AS uuid) IS NULL OR t.user_id = :user) AND (CAST(:id AS uuid) IS NULL OR t.id = :id)
                ORDER BY t.created_at DESC, t.id""", Tuple.class)
                .setParameter("user", user).setParameter("id", id).getResultList();
        List<ApiToken> out = new ArrayList<>();
        for (Tuple t : rows) {
            UnitRef unit = new UnitRef(Rows.uuid(t, "unit_id"), Rows.string(t, "unit_code"), Rows.string(t, "unit_name"),
                    UnitLevel.valueOf(Rows.string(t, "unit_level")));
            out.add(new ApiToken(Rows.uuid(t, "id"), Rows.string(t, "name"), Rows.string(t, "prefix"),
                    RoleArrays.parse(t.get("roles")).stream().toList(), unit, Rows.offsetDateTime(t, "expires_at"),
                    Rows.offsetDateTime(t, "revoked_at"), Rows.offsetDateTime(t, "last_used_at"), Rows.offsetDateTime(t, "created_at")));
        }
        return out;
    }
}
