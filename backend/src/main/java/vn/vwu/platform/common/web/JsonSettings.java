package vn.vwu.platform.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.vwu.platform.common.number.NumberBounds;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Exact numbers in and out: decimals are read as BigDecimal and written in plain notation (no 1E+2). Every decimal is
 * bounded as it is read ({@link NumberBounds}), before any code can print or compare it, and no text may carry a NUL
 * character (PostgreSQL cannot store one; it would otherwise surface as a database error).
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // 1.5 for a whole number (VND, a head count) is an error, not 1.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        SimpleModule bounded = new SimpleModule("vwu-bounded-input");
        bounded.addDeserializer(BigDecimal.class, new BoundedDecimals());
        bounded.addDeserializer(String.class, new TextWithoutNul());
        mapper.registerModule(bounded);
    }

    static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal v = super.deserialize(p, ctxt);
            String problem = v == null ? null : NumberBounds.problem(v, NumberBounds.MAX_DECIMALS);
            if (problem != null) {
                throw new RefusedJsonValue(p, problem, true);
            }
            return v;
        }
    }

    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && s.indexOf('\0') >= 0) {
                throw new RefusedJsonValue(p, "must not contain the NUL character (U+0000)", false);
            }
            return s;
        }
    }
}
