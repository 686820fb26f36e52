package vn.vwu.platform.access;

import java.util.EnumSet;
import java.util.Set;

/** Roles as stored (a varchar[] column) to a set; unknown names are ignored rather than granting anything. */
public final class RoleArrays {

    private RoleArrays() {
    }

    public static Set<Role> parse(Object column) {
        Object[] names;
        try {
            names = column instanceof java.sql.Array a ? (Object[]) a.getArray() : (Object[]) column;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (Object n : names) {
            for (Role r : Role.values()) {
                if (r.name().equals(String.valueOf(n))) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
