package vn.vwu.platform.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Exact numbers in and out: decimals are read as BigDecimal and written in plain notation (no 1E+2). */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // 1.5 for a whole number (VND, a head count) is an error, not 1.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
