package vn.vwu.platform.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.vwu.platform.testing.TestActivities;
import vn.vwu.platform.testing.TestAuth;
import vn.vwu.platform.testing.TestIndicators;
import vn.vwu.platform.testing.TestUnits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of openapi.yaml × every role × the position of its target relative to the caller's unit:
 * own unit, a unit below it, a sibling, an ancestor, a unit of another province. The callers are API tokens at a
 * test province, one per role: for every role but ADMIN, a token limited to that role of an account holding all four
 * (a token narrower than its owner answers as its own role, never its owner's). An operation of the contract without a
 * row here fails the test, so a new endpoint cannot ship without its access rules.
 *
 * <p>Expected answers, one rule for all: a target outside the caller's scope is 404 (as if absent; bulk rows:
 * the row error of an unknown unit, 422); an ancestor, visible by name only, is 403 for its data; a missing
 * role is 403 whatever the target; ADMIN may do everything.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Position { OWN, BELOW, SIBLING, ANCESTOR, OTHER_PROVINCE }

    /** How an operation decides. */
    enum Kind {
        /** Every signed-in caller, anywhere. */
        ANY,
        /** Catalogue changes: ADMIN only. */
        ADMIN_ONLY,
        /** Personal API tokens are made by a signed-in person, never by a token (the matrix calls with tokens). */
        NOT_WITH_A_TOKEN,
        /** Names and places of units: the scope and the ancestors. */
        UNIT_NAMES,
        /** Data of the unit in a parameter: the scope; an ancestor's is 403. */
        READ_AT,
        /** A resource by id (activity, report, account): the scope; anything else 404. */
        BY_ID,
        /** Bulk rows: a unit outside the scope is reported like an unknown unit (a row error, 422). */
        ROWS,
        /** Approving: an APPROVER of the unit directly above. */
        APPROVE,
        /** Someone else's token: only an ADMIN may revoke it; others do not see it (404). */
        OTHERS_TOKEN
    }

    record Rule(Kind kind, Role role) {
    }

    record Call(String method, String path, Map<String, Object> query, Object body, String contentType) {
    }

    private static final Role[] ROLES = Role.values();
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final AtomicInteger PERIOD = new AtomicInteger();

    // The tree: central (ancestor) → province P (callers' unit) → commune C (below); province S (sibling) → commune O.
    private String central;
    private final Map<Position, String> units = new EnumMap<>(Position.class);
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private String othersSession;
    private String indicator;
    private String monthly;
    private String form;

    @Test
    void everyOperationAnswersEveryRoleAsItsRuleSays() {
        setUp();
        Map<String, Rule> rules = rules();
        Map<String, Function<Position, Call>> calls = calls();
        Set<String> inContract = operationsOfTheContract();
        assertEquals(new TreeSet<>(inContract), new TreeSet<>(rules.keySet()),
                "every operation of openapi.yaml needs its access rule here (and only those)");
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String op : new TreeSet<>(inContract)) {
            if (Set.of("signIn", "getSingleSignOn", "signInWithProvider").contains(op)) {
                continue; // the public operations of signing in: AccessTest and SingleSignOnTest cover them
            }
            Rule rule = rules.get(op);
            Function<Position, Call> call = calls.get(op);
            assertTrue(call != null, "no request for " + op);
            boolean positional = !Set.of(Kind.ANY, Kind.ADMIN_ONLY, Kind.NOT_WITH_A_TOKEN, Kind.OTHERS_TOKEN).contains(rule.kind());
            for (Position pos : positional ? Position.values() : new Position[] {Position.OWN}) {
                // Unauthenticated first: always 401.
                Call anonymous = call.apply(pos);
                int status = send(anonymous, null).statusCode();
                requests++;
                if (status != 401) {
                    wrong.add(op + " anonymous at " + pos + ": " + status + " (expected 401)");
                }
                for (Role role : ROLES) {
                    Call c = call.apply(pos);
                    Response r = send(c, role);
                    requests++;
                    int expected = expected(rule, role, pos);
                    boolean ok = expected == 200 ? r.statusCode() >= 200 && r.statusCode() < 300 : r.statusCode() == expected;
                    if (!ok) {
                        wrong.add(op + " as " + role + " at " + pos + ": " + r.statusCode() + " (expected " + (expected == 200 ? "2xx" : expected)
                                + ") " + r.asString().substring(0, Math.min(160, r.asString().length())));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + requests + " answers differ from the rules:\n" + String.join("\n", wrong));
    }

    static int expected(Rule rule, Role role, Position pos) {
        if (rule.kind() == Kind.NOT_WITH_A_TOKEN) {
            return 403;
        }
        if (role == Role.ADMIN) {
            return 200;
        }
        if (rule.role() != null && role != rule.role()) {
            return 403;
        }
        boolean inScope = pos == Position.OWN || pos == Position.BELOW;
        return switch (rule.kind()) {
            case ANY -> 200;
            case ADMIN_ONLY -> 403;
            case UNIT_NAMES -> inScope || pos == Position.ANCESTOR ? 200 : 404;
            case READ_AT -> inScope ? 200 : pos == Position.ANCESTOR ? 403 : 404;
            case BY_ID -> inScope ? 200 : 404;
            case ROWS -> inScope ? 200 : 422;
            case APPROVE -> pos == Position.BELOW ? 200 : pos == Position.OWN ? 403 : 404;
            case NOT_WITH_A_TOKEN -> 403;
            case OTHERS_TOKEN -> 404;
        };
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> r = new HashMap<>();
        for (String op : List.of("listIndicators", "getIndicator", "listProgrammes", "getProgramme", "listActivityTypes", "listReportForms",
                "getReportForm", "getSession", "signOut", "listApiTokens", "changeOwnPassword")) {
            r.put(op, new Rule(Kind.ANY, null));
        }
        for (String op : List.of("createIndicator", "updateIndicator", "deleteIndicator", "createProgramme", "updateProgramme",
                "createActivityType", "updateActivityType", "createReportForm", "updateReportForm")) {
            r.put(op, new Rule(Kind.ADMIN_ONLY, Role.ADMIN));
        }
        r.put("createApiToken", new Rule(Kind.NOT_WITH_A_TOKEN, null));
        r.put("revokeApiToken", new Rule(Kind.OTHERS_TOKEN, null));
        for (String op : List.of("signIn", "getSingleSignOn", "signInWithProvider")) {
            r.put(op, new Rule(Kind.ANY, null));
        }
        for (String op : List.of("getUnit", "listUnitChildren", "listUnitAncestors", "getUnitLineage", "listUnits", "listReorganizations")) {
            r.put(op, new Rule(Kind.UNIT_NAMES, null));
        }
        for (String op : List.of("listValues", "exportValues", "getValueHistory", "getAnalyticsValues", "getAchievement", "exportAchievement",
                "listTargets", "exportTargets", "listActivities", "summariseActivities", "exportActivities", "listReports", "getReportCompleteness")) {
            r.put(op, new Rule(Kind.READ_AT, null));
        }
        for (String op : List.of("getReorganization", "getActivity", "listAttachments", "downloadAttachment", "getAttachmentThumbnail", "getReport")) {
            r.put(op, new Rule(Kind.BY_ID, null));
        }
        r.put("createUnit", new Rule(Kind.READ_AT, Role.UNIT_ADMIN));
        r.put("updateUnit", new Rule(Kind.READ_AT, Role.UNIT_ADMIN));
        r.put("createReorganization", new Rule(Kind.BY_ID, Role.UNIT_ADMIN));
        r.put("listUsers", new Rule(Kind.READ_AT, Role.UNIT_ADMIN));
        r.put("createUser", new Rule(Kind.READ_AT, Role.UNIT_ADMIN));
        r.put("getUser", new Rule(Kind.BY_ID, Role.UNIT_ADMIN));
        r.put("updateUser", new Rule(Kind.BY_ID, Role.UNIT_ADMIN));
        r.put("listAuditEvents", new Rule(Kind.READ_AT, Role.UNIT_ADMIN));
        r.put("listAuditEventValues", new Rule(Kind.BY_ID, Role.UNIT_ADMIN));
        r.put("getUnitArchive", new Rule(Kind.READ_AT, Role.UNIT_ADMIN));
        r.put("createActivity", new Rule(Kind.READ_AT, Role.EDITOR));
        r.put("updateActivity", new Rule(Kind.BY_ID, Role.EDITOR));
        r.put("deleteActivity", new Rule(Kind.BY_ID, Role.EDITOR));
        r.put("addAttachment", new Rule(Kind.BY_ID, Role.EDITOR));
        r.put("deleteAttachment", new Rule(Kind.BY_ID, Role.EDITOR));
        r.put("upsertValues", new Rule(Kind.ROWS, Role.EDITOR));
        r.put("importValues", new Rule(Kind.ROWS, Role.EDITOR));
        r.put("upsertTargets", new Rule(Kind.ROWS, Role.EDITOR));
        r.put("importTargets", new Rule(Kind.ROWS, Role.EDITOR));
        r.put("openReport", new Rule(Kind.READ_AT, Role.EDITOR));
        r.put("submitReport", new Rule(Kind.BY_ID, Role.EDITOR));
        r.put("approveReport", new Rule(Kind.APPROVE, Role.APPROVER));
        r.put("returnReport", new Rule(Kind.APPROVE, Role.APPROVER));
        r.put("reopenReport", new Rule(Kind.APPROVE, Role.APPROVER));
        return r;
    }

    /** For each operation, a valid request aimed at the unit in a position (fixtures made by the test administrator). */
    private Map<String, Function<Position, Call>> calls() {
        Map<String, Function<Position, Call>> c = new HashMap<>();
        c.put("listIndicators", p -> get("/api/v1/indicators"));
        c.put("getIndicator", p -> get("/api/v1/indicators/" + indicatorId()));
        c.put("listProgrammes", p -> get("/api/v1/programmes"));
        c.put("getProgramme", p -> get("/api/v1/programmes/" + firstId("/api/v1/programmes")));
        c.put("listActivityTypes", p -> get("/api/v1/activity-types"));
        c.put("listReportForms", p -> get("/api/v1/report-forms"));
        c.put("getReportForm", p -> get("/api/v1/report-forms/" + formId()));
        c.put("getSession", p -> get("/api/v1/session"));
        c.put("signOut", p -> new Call("DELETE", "/api/v1/session", Map.of(), null, null));
        c.put("listApiTokens", p -> get("/api/v1/api-tokens"));
        c.put("createApiToken", p -> new Call("POST", "/api/v1/api-tokens", Map.of(), Map.of("name", "x"), "application/json"));
        c.put("revokeApiToken", p -> new Call("DELETE", "/api/v1/api-tokens/" + othersNewTokenId(), Map.of(), null, null));
        c.put("changeOwnPassword", p -> new Call("PUT", "/api/v1/session/password", Map.of(), null, "application/json"));
        c.put("createIndicator", p -> new Call("POST", "/api/v1/indicators", Map.of(), indicatorBody(), "application/json"));
        c.put("updateIndicator", p -> new Call("PATCH", "/api/v1/indicators/" + indicatorId(), Map.of(), Map.of("description", "sửa " + PERIOD.incrementAndGet()), "application/merge-patch+json"));
        c.put("deleteIndicator", p -> new Call("DELETE", "/api/v1/indicators/" + idOfIndicator(newIndicator()), Map.of(), null, null));
        c.put("createProgramme", p -> new Call("POST", "/api/v1/programmes", Map.of(), Map.of("code", TestIndicators.code("PG"), "name", "Chương trình thử",
                "kind", "CAMPAIGN"), "application/json"));
        c.put("updateProgramme", p -> new Call("PATCH", "/api/v1/programmes/" + firstId("/api/v1/programmes"), Map.of(), Map.of(), "application/merge-patch+json"));
        c.put("createActivityType", p -> new Call("POST", "/api/v1/activity-types", Map.of(), Map.of("code", TestIndicators.code("AT").replace('-', '_'),
                "name", "Loại thử"), "application/json"));
        c.put("updateActivityType", p -> new Call("PATCH", "/api/v1/activity-types/MEETING", Map.of(), Map.of(), "application/merge-patch+json"));
        c.put("createReportForm", p -> new Call("POST", "/api/v1/report-forms", Map.of(), Map.of("code", TestIndicators.code("F"), "name", "Mẫu thử",
                "periodType", "MONTH", "deadlineDays", 5, "indicators", List.of(Map.of("code", monthly))), "application/json"));
        c.put("updateReportForm", p -> new Call("PATCH", "/api/v1/report-forms/" + formId(), Map.of(), Map.of(), "application/merge-patch+json"));

        c.put("getUnit", p -> get("/api/v1/units/" + unit(p)));
        c.put("listUnitChildren", p -> get("/api/v1/units/" + unit(p) + "/children"));
        c.put("listUnitAncestors", p -> get("/api/v1/units/" + unit(p) + "/ancestors"));
        c.put("getUnitLineage", p -> get("/api/v1/units/" + unit(p) + "/lineage"));
        c.put("getUnitArchive", p -> get("/api/v1/units/" + unit(p) + "/archive"));
        c.put("listUnits", p -> get("/api/v1/units", "parentId", unit(p)));
        c.put("listReorganizations", p -> get("/api/v1/reorganizations", "unitId", unit(p)));
        c.put("listValues", p -> get("/api/v1/values", "unitId", unit(p)));
        c.put("exportValues", p -> get("/api/v1/values/export", "unitId", unit(p)));
        c.put("getValueHistory", p -> get("/api/v1/values/history", "unitId", unit(p), "indicator", indicator, "period", "2031"));
        c.put("getAnalyticsValues", p -> get("/api/v1/analytics/values", "unitId", unit(p), "indicator", indicator, "period", "2031"));
        c.put("getAchievement", p -> get("/api/v1/analytics/achievement", "unitId", unit(p), "period", "2031"));
        c.put("exportAchievement", p -> get("/api/v1/analytics/achievement/export", "unitId", unit(p), "period", "2031"));
        c.put("listTargets", p -> get("/api/v1/targets", "unitId", unit(p)));
        c.put("exportTargets", p -> get("/api/v1/targets/export", "unitId", unit(p)));
        c.put("listActivities", p -> get("/api/v1/activities", "unitId", unit(p)));
        c.put("summariseActivities", p -> get("/api/v1/activities/summary", "unitId", unit(p)));
        c.put("exportActivities", p -> get("/api/v1/activities/export", "unitId", unit(p)));
        c.put("listReports", p -> get("/api/v1/reports", "unitId", unit(p)));
        c.put("getReportCompleteness", p -> get("/api/v1/reports/completeness", "unitId", unit(p), "form", form, "period", "2031-01"));
        c.put("getActivity", p -> get("/api/v1/activities/" + activity(p)));
        c.put("listAttachments", p -> get("/api/v1/activities/" + activity(p) + "/attachments"));
        c.put("downloadAttachment", p -> get(attachment(p)));
        c.put("getAttachmentThumbnail", p -> get(attachment(p) + "/thumbnail"));
        c.put("getReport", p -> get("/api/v1/reports/" + report(p, "DRAFT")));

        c.put("createUnit", p -> new Call("POST", "/api/v1/units", Map.of(), unitBody(unit(p)), "application/json"));
        c.put("updateUnit", p -> new Call("PATCH", "/api/v1/units/" + unit(p), Map.of(), Map.of("nameEn", "Test " + PERIOD.incrementAndGet()), "application/merge-patch+json"));
        c.put("createReorganization", p -> new Call("POST", "/api/v1/reorganizations", Map.of(), dissolution(p), "application/json"));
        c.put("getReorganization", p -> get("/api/v1/reorganizations/" + given().contentType(ContentType.JSON).body(dissolution(p))
                .post("/api/v1/reorganizations").then().statusCode(201).extract().path("id")));
        c.put("listUsers", p -> get("/api/v1/users", "unitId", unit(p)));
        c.put("createUser", p -> new Call("POST", "/api/v1/users", Map.of(), Map.of("username", TestUnits.code("n").toLowerCase(), "fullName", "Trần Thị Thử",
                "unitId", unit(p), "roles", List.of("VIEWER")), "application/json"));
        c.put("getUser", p -> get("/api/v1/users/" + TestAuth.createUser(TestUnits.code("g").toLowerCase(), unit(p), List.of("VIEWER"))));
        c.put("updateUser", p -> new Call("PATCH", "/api/v1/users/" + TestAuth.createUser(TestUnits.code("g").toLowerCase(), unit(p), List.of("VIEWER")),
                Map.of(), Map.of("fullName", "Lê Thị Sửa"), "application/merge-patch+json"));
        c.put("listAuditEvents", p -> get("/api/v1/audit", "unitId", unit(p)));
        c.put("listAuditEventValues", p -> get("/api/v1/audit/" + valueEvent(p) + "/values"));
        c.put("createActivity", p -> new Call("POST", "/api/v1/activities", Map.of(), TestActivities.body(unit(p), "2016-05-05", "MEETING"), "application/json"));
        c.put("updateActivity", p -> new Call("PATCH", "/api/v1/activities/" + activity(p), Map.of(), Map.of("title", "Sửa tên"), "application/merge-patch+json"));
        c.put("deleteActivity", p -> new Call("DELETE", "/api/v1/activities/" + activity(p), Map.of(), null, null));
        c.put("addAttachment", p -> new Call("MULTIPART", "/api/v1/activities/" + activity(p) + "/attachments", Map.of(), null, null));
        c.put("deleteAttachment", p -> new Call("DELETE", attachment(p), Map.of(), null, null));
        c.put("upsertValues", p -> new Call("PUT", "/api/v1/values", Map.of(), Map.of("values", List.of(TestIndicators.value(indicator, unit(p), "2031", 5))),
                "application/json"));
        c.put("importValues", p -> new Call("POST", "/api/v1/values/import", Map.of(), "indicator,unit,period,value\n" + indicator + "," + unit(p) + ",2031,6\n",
                "text/csv"));
        c.put("upsertTargets", p -> new Call("PUT", "/api/v1/targets", Map.of(), Map.of("targets", List.of(Map.of("indicator", indicator, "unitId", unit(p),
                "period", "2031", "value", 9))), "application/json"));
        c.put("importTargets", p -> new Call("POST", "/api/v1/targets/import", Map.of(), "indicator,unit,period,value\n" + indicator + "," + unit(p) + ",2031,7\n",
                "text/csv"));
        c.put("openReport", p -> new Call("POST", "/api/v1/reports", Map.of(), Map.of("form", form, "unitId", unit(p), "period", nextMonth()), "application/json"));
        c.put("submitReport", p -> new Call("POST", "/api/v1/reports/" + report(p, "DRAFT") + "/submit", Map.of(), null, null));
        c.put("approveReport", p -> new Call("POST", "/api/v1/reports/" + report(p, "SUBMITTED") + "/approve", Map.of(), null, null));
        c.put("returnReport", p -> new Call("POST", "/api/v1/reports/" + report(p, "SUBMITTED") + "/return", Map.of(), Map.of("reason", "Thiếu số liệu"),
                "application/json"));
        c.put("reopenReport", p -> new Call("POST", "/api/v1/reports/" + report(p, "APPROVED") + "/reopen", Map.of(), Map.of("reason", "Cần sửa"),
                "application/json"));
        return c;
    }

    private Response send(Call c, Role role) {
        RequestSpecification r = given().header("Authorization", role == null ? "" : "Bearer " + tokens.get(role));
        c.query().forEach(r::queryParam);
        if (c.path().endsWith("/session/password") && role != null) {
            r.contentType(ContentType.JSON).body(Map.of("currentPassword", TestAuth.PASSWORD, "newPassword", TestAuth.PASSWORD + "-đổi-" + role));
            return r.put(c.path());
        }
        if (c.method().equals("MULTIPART")) {
            return r.multiPart("file", "anh.png", png(), "image/png").post(c.path());
        }
        if (c.body() instanceof Map<?, ?> json) {
            r.contentType(c.contentType() + "; charset=UTF-8");
            try {
                r.body(MAPPER.writeValueAsString(json));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else if (c.body() != null) {
            r.contentType(c.contentType() + "; charset=UTF-8");
            r.body(c.body());
        }
        return r.request(c.method(), c.path());
    }

    private void setUp() {
        central = TestUnits.centralId();
        LocalDate from = LocalDate.of(2011, 1, 1);
        units.put(Position.ANCESTOR, central);
        units.put(Position.OWN, TestUnits.province("Tỉnh ma trận quyền", from));
        units.put(Position.BELOW, TestUnits.create(units.get(Position.OWN), "COMMUNE", "Xã bên dưới", from));
        units.put(Position.SIBLING, TestUnits.province("Tỉnh bên cạnh", from));
        units.put(Position.OTHER_PROVINCE, TestUnits.create(units.get(Position.SIBLING), "COMMUNE", "Xã tỉnh khác", from));
        indicator = TestIndicators.reported("YEAR", "SUM", "INTEGER", List.of("CENTRAL", "PROVINCE", "COMMUNE"), Map.of());
        monthly = TestIndicators.reported("MONTH", "SUM", "INTEGER", List.of("CENTRAL", "PROVINCE", "COMMUNE"), Map.of());
        form = TestIndicators.code("FM");
        given().contentType(ContentType.JSON).body(Map.of("code", form, "name", "Báo cáo tháng thử", "periodType", "MONTH", "deadlineDays", 5,
                "indicators", List.of(Map.of("code", monthly, "mandatory", false)))).post("/api/v1/report-forms").then().statusCode(201);
        String other = TestUnits.code("m-other").toLowerCase();
        TestAuth.createPerson(other, units.get(Position.OWN), List.of("VIEWER"));
        othersSession = TestAuth.signIn(other, TestAuth.PASSWORD);
        // Every role but ADMIN is held through a token narrower than its owner: an account with all four roles at the
        // province (one per role, so that one token changing its owner's password ends no other caller's token), and a
        // token limited to one role. It must answer exactly as an account holding only that role.
        for (Role role : ROLES) {
            boolean narrowed = role != Role.ADMIN;
            String username = TestUnits.code("m-" + role.name().toLowerCase()).toLowerCase();
            TestAuth.createPerson(username, units.get(Position.OWN),
                    narrowed ? List.of("VIEWER", "EDITOR", "APPROVER", "UNIT_ADMIN") : List.of(role.name()));
            String session = TestAuth.signIn(username, TestAuth.PASSWORD);
            tokens.put(role, !narrowed ? TestAuth.token(session)
                    : given().header("Authorization", "").cookie("vwu_session", session).header("X-Requested-With", "test")
                    .contentType(ContentType.JSON).body(Map.of("name", "matrix " + role, "roles", List.of(role.name())))
                    .post("/api/v1/api-tokens").then().statusCode(201).extract().path("secret"));
        }
    }

    /** A new token of an account that is none of the callers (its session is never touched by the matrix). */
    private String othersNewTokenId() {
        String secret = TestAuth.token(othersSession);
        return given().header("Authorization", "Bearer " + secret).get("/api/v1/api-tokens").then().statusCode(200).extract().path("[0].id");
    }

    /** Dissolving a fresh unit just below the position (the position itself stays for the other calls). */
    private Map<String, Object> dissolution(Position p) {
        String child = TestUnits.create(unit(p), childLevel(p), "Đơn vị giải thể", LocalDate.of(2012, 1, 1));
        return Map.of("type", "DISSOLVE", "effectiveDate", "2013-01-01", "legalBasis", "Quyết định thử",
                "predecessors", List.of(Map.of("unitId", child)));
    }

    private String unit(Position p) {
        return units.get(p);
    }

    private static String childLevel(Position p) {
        return p == Position.ANCESTOR ? "PROVINCE" : p == Position.OWN || p == Position.SIBLING ? "COMMUNE" : "BRANCH";
    }

    private String activity(Position p) {
        return TestActivities.create(unit(p), "2016-05-05", "MEETING", Map.of());
    }

    /** Values never written before (the matrix's other writes use 5), so that every write is a change with its event. */
    private static final AtomicInteger EVENT_VALUES = new AtomicInteger(1000);

    /** The audit event of a value written at the unit (by the administrator). */
    private String valueEvent(Position p) {
        String request = "matrix-" + TestUnits.code("r");
        given().header("X-Request-Id", request).contentType("application/json")
                .body(Map.of("values", List.of(TestIndicators.value(indicator, unit(p), "2031", EVENT_VALUES.incrementAndGet()))))
                .put("/api/v1/values").then().statusCode(200);
        return given().queryParam("unitId", unit(p)).queryParam("descendants", false).queryParam("entity", "VALUE").queryParam("size", 1)
                .get("/api/v1/audit").then().statusCode(200).body("items[0].requestId", org.hamcrest.Matchers.equalTo(request))
                .extract().path("items[0].id").toString();
    }

    private String attachment(Position p) {
        String activity = activity(p);
        String id = given().multiPart("file", "anh.png", png(), "image/png").post("/api/v1/activities/" + activity + "/attachments")
                .then().statusCode(201).extract().path("id");
        return "/api/v1/activities/" + activity + "/attachments/" + id;
    }

    /** A report of the unit, brought to the status by the administrator. */
    private String report(Position p, String status) {
        String id = given().contentType(ContentType.JSON).body(Map.of("form", form, "unitId", unit(p), "period", nextMonth()))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        if (!status.equals("DRAFT")) {
            given().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        }
        if (status.equals("APPROVED")) {
            given().header("Authorization", "Bearer " + TestAuth.secondAdminToken()).post("/api/v1/reports/" + id + "/approve").then().statusCode(200);
        }
        return id;
    }

    private static String nextMonth() {
        int n = PERIOD.incrementAndGet();
        return (2040 + n / 12) + "-" + String.format("%02d", n % 12 + 1);
    }

    private Map<String, Object> unitBody(String parent) {
        String level = parent.equals(central) ? "PROVINCE" : units.get(Position.BELOW).equals(parent) || units.get(Position.OTHER_PROVINCE).equals(parent)
                ? "BRANCH" : "COMMUNE";
        return Map.of("code", TestUnits.code("MX"), "name", "Đơn vị mới", "level", level, "kind", "thử", "parentId", parent, "validFrom", "2012-01-01");
    }

    private Map<String, Object> indicatorBody() {
        return Map.of("code", TestIndicators.code("NI"), "name", "Chỉ tiêu mới", "unitOfMeasure", "person", "valueType", "INTEGER",
                "reportingLevels", List.of("COMMUNE"), "periodType", "YEAR", "unitAggregation", "SUM", "timeAggregation", "SUM");
    }

    private String newIndicator() {
        return TestIndicators.reported("YEAR", "SUM");
    }

    private String indicatorId() {
        return idOfIndicator(indicator);
    }

    private static String idOfIndicator(String code) {
        return given().queryParam("code", code).get("/api/v1/indicators").then().statusCode(200).extract().path("items[0].id");
    }

    private String formId() {
        return given().get("/api/v1/report-forms").then().statusCode(200).extract().path("find { it.code == '" + form + "' }.id");
    }

    private static String firstId(String path) {
        return given().get(path).then().statusCode(200).extract().path("items[0].id");
    }

    private static Call get(String path, String... query) {
        Map<String, Object> q = new LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            q.put(query[i], query[i + 1]);
        }
        return new Call("GET", path, q, null, null);
    }

    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** The operations of the contract as served (OpenApiContractTest proves it identical to openapi.yaml). */
    @SuppressWarnings("unchecked")
    private static Set<String> operationsOfTheContract() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().path("paths");
        Set<String> ops = new TreeSet<>();
        for (Object path : paths.values()) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) path).entrySet()) {
                if (e.getValue() instanceof Map<?, ?> op && op.get("operationId") != null) {
                    ops.add((String) op.get("operationId"));
                }
            }
        }
        return ops;
    }
}
