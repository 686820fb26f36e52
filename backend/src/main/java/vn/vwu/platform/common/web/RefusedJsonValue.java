package vn.vwu.platform.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value the reader refuses before any service sees it; {@link #reason()} is the field's message. */
public class RefusedJsonValue extends JsonMappingException {

    private final String reason;

    RefusedJsonValue(JsonParser p, String reason) {
        super(p, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
