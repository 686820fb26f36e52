package vn.vwu.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vwu.platform.common.problem.ProblemException;
import vn.vwu.platform.common.problem.ProblemType;
import vn.vwu.platform.units.UnitEntity;

import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * The checks every operation makes. One rule for all of them: a unit outside the caller's scope answers 404,
 * exactly like a unit that does not exist (its existence is not revealed); a unit the caller knows of but may
 * not use (an ancestor, or their own subtree without the needed role) answers 403.
 */
@ApplicationScoped
public class AccessControl {

    private final CurrentCaller caller;
    private final ScopeService scopes;

    public AccessControl(CurrentCaller caller, ScopeService scopes) {
        this.caller = caller;
        this.scopes = scopes;
    }

    public Principal caller() {
        return caller.require();
    }

    public Scope scope() {
        Principal p = caller();
        return p.wholeSystem() ? Scope.ALL : scopes.of(p.unitId());
    }

    /** 403 unless the caller has one of the roles (ADMIN has them all). */
    public Principal requireRole(Role... anyOf) {
        Principal p = caller();
        if (Arrays.stream(anyOf).noneMatch(p::has)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This needs the role " + names(anyOf) + "; you have "
                    + p.roles().stream().map(Enum::name).sorted().toList());
        }
        return p;
    }

    /** Reading data of a unit: within scope; 403 for an ancestor, 404 (as if absent) otherwise. */
    public void requireReadable(UUID unit) {
        Scope s = scope();
        if (!s.contains(unit)) {
            throw outside(s, unit);
        }
    }

    /**
     * A resource held by a unit (an activity, a report): outside the caller's scope it answers exactly like a
     * resource that does not exist ("{what} {id} does not exist").
     */
    public void requireHolderInScope(UUID holderUnit, String what, Object id) {
        if (!scope().contains(holderUnit)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Reading a unit's name and place: within scope or one of its ancestors. */
    public void requireNameVisible(UUID unit) {
        if (!scope().seesName(unit)) {
            throw ProblemException.notFound("Unit", unit);
        }
    }

    /** Writing at a unit: the role first (403), then the place (as {@link #requireReadable}). */
    public Principal requireWritable(UUID unit, Role... anyOf) {
        Principal p = requireRole(anyOf);
        requireReadable(unit);
        return p;
    }

    public Principal requireWritableAll(Collection<UUID> units, Role... anyOf) {
        Principal p = requireRole(anyOf);
        Scope s = scope();
        for (UUID u : units) {
            if (u != null && !s.contains(u)) {
                throw outside(s, u);
            }
        }
        return p;
    }

    /** The unit a listing starts from when the caller names none: theirs (or the whole country for the centre). */
    public UUID defaultRoot() {
        return scope().all() ? null : caller().unitId();
    }

    private static ProblemException outside(Scope s, UUID unit) {
        if (s.ancestors().contains(unit)) {
            // Named, not identified: the caller may read the name, and a person cannot read an id.
            UnitEntity above = UnitEntity.findById(unit);
            String name = above == null ? unit.toString() : above.name;
            return new ProblemException(ProblemType.FORBIDDEN, "Unit " + name + " is above yours: you see its name, not its data");
        }
        return ProblemException.notFound("Unit", unit);
    }

    private static String names(Role... roles) {
        return roles.length == 1 ? roles[0].name() : Arrays.toString(roles);
    }
}
