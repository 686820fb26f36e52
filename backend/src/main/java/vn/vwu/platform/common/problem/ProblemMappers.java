package vn.vwu.platform.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem details. Messages name the offending field but never
 * expose class names, SQL or stack traces; unexpected errors are logged and answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors());
        return e.retryAfterSeconds() > 0 ? Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build() : r;
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(ProblemException.invalid(errors, "fields"), uri);
    }

    /** More specific than Quarkus' built-in mapper for this type, which answers with an empty body. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message;
        if (e instanceof vn.vwu.platform.common.web.RefusedJsonValue r) {
            message = r.reason();
        } else if (e instanceof JsonParseException p && p.getOriginalMessage() != null && p.getOriginalMessage().contains("UTF-8")) {
            message = "is not valid UTF-8 text; send JSON encoded as UTF-8";
        } else if (e instanceof JsonParseException p) {
            message = "malformed JSON at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr();
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "unknown value '" + f.getValue() + "'; expected one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        } else if (e instanceof JsonMappingException m && m.getCause() instanceof java.time.DateTimeException) {
            message = "must be a date in the form YYYY-MM-DD";
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not a valid " + typeName(f.getTargetType());
        } else if (e instanceof JsonMappingException m && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Cannot deserialize value of type")) {
            message = "wrong type: expected " + typeName(((com.fasterxml.jackson.databind.exc.MismatchedInputException) m).getTargetType());
        } else {
            message = "cannot be read";
        }
        if (field.isEmpty()) {
            field = "body";
        }
        // A well-formed number out of every figure's range breaks a rule (422, as in a CSV row); a refused text is
        // invalid input (400); anything else is a malformed request.
        ProblemType type = e instanceof vn.vwu.platform.common.web.RefusedJsonValue r
                ? (r.outOfRange() ? ProblemType.DOMAIN_RULE : ProblemType.VALIDATION) : ProblemType.MALFORMED;
        return ProblemResponses.of(type, field + ": " + message, path(uri), List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri); // the body reader wraps Jackson's error in a BadRequestException
        }
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (e.getResponse() != null && e.getResponse().getStatus() < 500) {
            type = ProblemType.MALFORMED;
        } else {
            LOG.error("Unexpected web error", e);
            type = ProblemType.INTERNAL;
        }
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at " + path(uri);
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path(uri);
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This resource answers application/json";
            case MALFORMED -> "The request could not be read";
            default -> "Something went wrong on our side; the error has been logged";
        };
        return ProblemResponses.of(type, detail, path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, UriInfo uri) {
        return fromDatabase(e, uri);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, UriInfo uri) {
        return fromDatabase(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return fromDatabase(e, uri);
    }

    /**
     * What the database said, however deeply it is wrapped (a failure at commit arrives inside the transaction
     * manager's RollbackException): the client's input and concurrent changes are 4xx, and only a database that is
     * really away is a 503.
     */
    private Response fromDatabase(Exception e, UriInfo uri) {
        String state = sqlState(e);
        // Unique/exclusion violations that slipped past the services' own checks (e.g. concurrent writes).
        if ("23505".equals(state) || "23P01".equals(state) || causeOf(e, org.hibernate.exception.ConstraintViolationException.class) != null
                && causeOf(e, org.hibernate.exception.ConstraintViolationException.class).getKind() == ConstraintKind.UNIQUE) {
            return ProblemResponses.of(ProblemType.CONFLICT, "The change conflicts with existing data (a duplicate or an overlapping period)",
                    path(uri), List.of());
        }
        if (causeOf(e, jakarta.persistence.OptimisticLockException.class) != null || causeOf(e, org.hibernate.StaleStateException.class) != null) {
            return ProblemResponses.of(ProblemType.PRECONDITION_FAILED, "The resource was changed meanwhile; reload it and try again",
                    path(uri), List.of());
        }
        if (state != null && state.startsWith("22")) {
            // Data exceptions (too long, out of range, malformed) that a service's own checks should have caught:
            // still the client's input, so a 400 — and logged, because the missing check is ours to add.
            LOG.warnf("Input reached the database unchecked (SQLSTATE %s) on %s", state, path(uri));
            return ProblemResponses.of(ProblemType.VALIDATION, "A value is too long, out of range or malformed", path(uri), List.of());
        }
        if ("40P01".equals(state) || "40001".equals(state)) {
            // A deadlock or serialization failure rolled the whole transaction back: nothing was written, and the
            // same request will go through when sent again.
            return ProblemResponses.of(ProblemType.CONFLICT, "The change collided with another one made at the same moment; nothing was"
                    + " written: send it again", path(uri), List.of());
        }
        if (isDatabaseUnavailable(e)) {
            return unavailable(uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return ProblemResponses.of(ProblemType.INTERNAL, "Something went wrong on our side; the error has been logged",
                path(uri), List.of());
    }

    private static Response unavailable(UriInfo uri) {
        Response r = ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable right now; try again shortly",
                path(uri), List.of());
        return Response.fromResponse(r).header("Retry-After", "5").build();
    }

    /**
     * The database is away: no connection (08xxx), the server shutting down or starting up (57P01–57P03), or no
     * connection to be had from the pool. Every exception in the chain counts, since the pool, Hibernate and our own
     * code wrap the driver's.
     */
    private static boolean isDatabaseUnavailable(Throwable e) {
        if (causeOf(e, JDBCConnectionException.class) != null || causeOf(e, SQLTransientConnectionException.class) != null) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // The commit itself failed (the server went away while committing): its outcome is the database's to
            // tell, and a retry of our idempotent writes is safe, so "come back shortly" rather than "our bug".
            if (t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
            // No connection to be had: Hibernate's wrapper of any acquisition failure (the pool's timeout, or an
            // enlistment failing on a connection that died with the server), and the pool's own timeout.
            String message = t.getMessage();
            if (message != null && (t instanceof org.hibernate.JDBCException && message.startsWith("Unable to acquire JDBC Connection")
                    || t instanceof SQLException && message.contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable e) {
        SQLException sql = causeOf(e, SQLException.class);
        return sql == null ? null : sql.getSQLState();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Long.class || type == Integer.class || type == Short.class || type == long.class || type == int.class || type == short.class) {
            return "whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == java.util.UUID.class) {
            return "id (UUID)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == String.class) {
            return "string";
        }
        return "object";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** `createUnit.body.parentId` → `parentId`; query parameters keep their name. */
    private static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        boolean pastParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                pastParameter = true;
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        if (sb.isEmpty()) {
            // A constraint on the parameter itself (e.g. a missing body).
            String last = null;
            for (Path.Node node : v.getPropertyPath()) {
                last = node.getName();
            }
            return pastParameter && last != null && last.startsWith("arg") ? "body" : String.valueOf(last);
        }
        return sb.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
