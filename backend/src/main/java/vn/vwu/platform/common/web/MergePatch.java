package vn.vwu.platform.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7396) applied to a resource's input form: the current state is written as the
 * creation body, the patch is merged into it, and the result is read back and validated like a creation
 * body. Every rule of creation therefore holds after a patch, with the same messages.
 */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * @param current   the resource as its creation body
     * @param frozen    fields that may be repeated with their current value but not changed
     * @throws JsonProcessingException for wrong types or unknown fields (answered as 400 naming the field)
     */
    /**
     * Refuses a patch that names any of `fields` (they change by another operation), each named with `message`: a
     * field-level 400 that says what to do instead of "unknown field".
     */
    public static void refuse(JsonNode patch, Set<String> fields, String message) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : fields) {
            if (patch != null && patch.has(field)) {
                errors.add(new FieldError(field, message));
            }
        }
        ProblemException.throwIfInvalid(errors, "fields");
    }

    public static <T> T apply(ObjectMapper mapper, Validator validator, T current, JsonNode patch, Class<T> type, Set<String> frozen)
            throws JsonProcessingException {
        if (!(patch instanceof ObjectNode changes)) {
            throw ProblemException.invalid("body", "a JSON object with the fields to change is required");
        }
        ObjectNode base = mapper.valueToTree(current);
        List<FieldError> errors = new ArrayList<>();
        for (String field : frozen) {
            if (changes.has(field) && !changes.get(field).equals(base.get(field))) {
                errors.add(new FieldError(field, "cannot be changed"));
            }
        }
        ProblemException.throwIfInvalid(errors, "fields");
        merge(base, changes);
        T merged = strict(mapper).treeToValue(base, type);
        var violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    private static final Map<ObjectMapper, ObjectMapper> STRICT = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The mapper, refusing numbers and booleans where text is expected: {"name": 42} is a mistake to name, not "42".
     * Made once per mapper.
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        return STRICT.computeIfAbsent(mapper, m -> {
            ObjectMapper copy = m.copy();
            copy.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
            return copy;
        });
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.get(e.getKey()) instanceof ObjectNode inner) {
                merge(inner, (ObjectNode) value);
            } else {
                target.set(e.getKey(), value);
            }
        }
    }
}
