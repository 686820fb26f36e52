package vn.vwu.platform.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value the reader refuses before any service sees it; {@link #reason()} is the field's message. A number
 * outside the range any figure may take is well-formed but breaks a rule (422, as the same number in a CSV row);
 * a text the database cannot store is invalid input (400).
 */
public class RefusedJsonValue extends JsonMappingException {

    private final String reason;
    private final boolean outOfRange;

    RefusedJsonValue(JsonParser p, String reason, boolean outOfRange) {
        super(p, reason);
        this.reason = reason;
        this.outOfRange = outOfRange;
    }

    public String reason() {
        return reason;
    }

    public boolean outOfRange() {
        return outOfRange;
    }
}
