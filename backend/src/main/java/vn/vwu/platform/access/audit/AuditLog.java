package vn.vwu.platform.access.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;
import vn.vwu.platform.access.CurrentCaller;
import vn.vwu.platform.access.Principal;

/**
 * Events that are not row changes (sign-ins, failed sign-ins, sign-outs, workflow transitions) and the actor
 * of row changes. Row changes themselves are recorded by the database triggers of V8, in the same
 * transaction; these calls must run inside the transaction of what they record.
 */
@ApplicationScoped
public class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EntityManager em;

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    public void record(String action, String entity, String entityId, UUID unitId, String detail) {
        record(actorOfThisThread(), action, entity, entityId, unitId, detail);
    }

    /** With an explicit actor: a sign-in happens before the request has one. */
    public void record(String actor, String action, String entity, String entityId, UUID unitId, String detail) {
        em.createNativeQuery("""
                INSERT INTO audit_event (actor_id, actor_name, via, ip, user_agent, request_id, action, entity, entity_id, unit_id, detail)
                SELECT (a->>'id')::uuid, a->>'name', a->>'via', a->>'ip', a->>'ua', a->>'rid', :action, :entity, :entityId, :unit, :detail
                FROM (SELECT CAST(:actor AS jsonb) AS a) x""")
                .setParameter("actor", actor).setParameter("action", action).setParameter("entity", entity)
                .setParameter("entityId", entityId).setParameter("unit", unitId).setParameter("detail", detail)
                .executeUpdate();
    }

    /** The JSON the triggers read from `vwu.actor`: {id, name, via, ip, ua, rid}; empty outside requests (system). */
    public static String actorOfThisThread() {
        return CurrentCaller.ofThisThread().map(c -> actor(c, c.principal().map(Principal::userId).orElse(null),
                c.principal().map(Principal::username).orElse("anonymous"),
                c.principal().map(p -> p.via().name()).orElse("ANONYMOUS"))).orElse("");
    }

    public static String actor(CurrentCaller c, UUID userId, String name, String via) {
        ObjectNode n = JSON.createObjectNode();
        if (userId != null) {
            n.put("id", userId.toString());
        }
        n.put("name", name);
        n.put("via", via);
        if (c != null) {
            n.put("ip", c.ip());
            n.put("ua", truncate(c.userAgent(), 512));
            n.put("rid", c.requestId());
        }
        return n.toString();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
