package vn.vwu.platform.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import vn.vwu.platform.common.problem.ProblemCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every problem any test provokes must have its Vietnamese wording: the SPA shows these messages to cadres.
 * A message the catalogue (`problem-messages.vi.tsv`) lacks fails the request that produced it, naming it.
 * With `-Dtest.problems.record=FILE` the messages are listed in FILE instead (to write the missing translations).
 */
public class ProblemsInVietnamese implements Filter {

    private static final ProblemCatalogue CATALOGUE = new ProblemCatalogue();
    private static final String RECORD = System.getProperty("test.problems.record");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext ctx) {
        Response response = ctx.next(request, spec);
        String type = response.getContentType();
        if (type == null || !type.startsWith("application/problem+json") || request.getHeaders().hasHeaderWithName("Accept-Language")) {
            return response;
        }
        List<String> missing = new ArrayList<>();
        Map<String, Object> problem = response.jsonPath().getMap("");
        for (String key : List.of("title", "detail")) {
            check(problem.get(key), missing);
        }
        if (problem.get("errors") instanceof List<?> errors) {
            errors.forEach(e -> check(((Map<?, ?>) e).get("message"), missing));
        }
        if (!missing.isEmpty()) {
            if (RECORD == null) {
                throw new AssertionError("No Vietnamese wording in problem-messages.vi.tsv for: " + missing);
            }
            try {
                Files.writeString(Path.of(RECORD), String.join("\n", missing) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response;
    }

    private static void check(Object message, List<String> missing) {
        // Beyond MAX_LENGTH a message carries a huge value someone sent and deliberately stays in English.
        if (message instanceof String s && !s.isEmpty() && s.length() <= ProblemCatalogue.MAX_LENGTH && CATALOGUE.vietnamese(s).isEmpty()) {
            missing.add(s);
        }
    }
}
