package vn.vwu.platform.common.problem;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese wording of the API's problem messages, gettext-style: the English message is the key.
 * `problem-messages.vi.tsv` pairs an English template with its Vietnamese one, tab-separated; `{0}`, `{1}`…
 * stand for the parts that vary (a code, a number, a unit's name) and may be reordered in Vietnamese. A part
 * that is itself a known message is translated too ("values[3].period: must be …").
 */
@ApplicationScoped
public class ProblemCatalogue {

    private static final String RESOURCE = "/problem-messages.vi.tsv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private record Template(String literalPrefix, Pattern english, List<Integer> slots, String vietnamese) {
    }

    private final Map<String, String> exact = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();

    public ProblemCatalogue() {
        try (InputStream in = ProblemCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'English<TAB>Vietnamese'");
                }
                add(pair[0].strip(), pair[1].strip(), number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The most specific template wins: the longest literal text first.
        templates.sort(Comparator.comparingInt((Template t) -> -PLACEHOLDER.matcher(t.english.pattern()).replaceAll("").length()));
    }

    private void add(String english, String vietnamese, int line) {
        Matcher m = PLACEHOLDER.matcher(english);
        if (!m.find()) {
            exact.put(english, vietnamese);
            return;
        }
        List<Integer> slots = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        m.reset();
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
            slots.add(Integer.parseInt(m.group(1)));
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last))).append('$');
        Matcher used = PLACEHOLDER.matcher(vietnamese);
        while (used.find()) {
            if (!slots.contains(Integer.parseInt(used.group(1)))) {
                throw new IllegalStateException(RESOURCE + " line " + line + ": {" + used.group(1) + "} is not in the English template");
            }
        }
        int firstSlot = english.indexOf('{');
        templates.add(new Template(english.substring(0, firstSlot), Pattern.compile(regex.toString(), Pattern.DOTALL), slots, vietnamese));
    }

    /** The Vietnamese wording of an English message, if the catalogue has it. */
    public Optional<String> vietnamese(String english) {
        return english == null ? Optional.empty() : Optional.ofNullable(translate(english, 0));
    }

    private String translate(String english, int depth) {
        String hit = exact.get(english);
        if (hit != null || depth > 2) {
            return hit;
        }
        for (Template t : templates) {
            if (!english.startsWith(t.literalPrefix)) {
                continue;
            }
            Matcher m = t.english.matcher(english);
            if (m.matches()) {
                String out = t.vietnamese;
                for (int i = 0; i < t.slots.size(); i++) {
                    String part = m.group(i + 1);
                    String translated = translate(part, depth + 1);
                    out = out.replace("{" + t.slots.get(i) + "}", translated != null ? translated : part);
                }
                return out;
            }
        }
        // "values[3].period: must be …" (a field's path, then its message): the path stays, the message must translate.
        for (int colon = english.indexOf(": "); colon > 0; colon = english.indexOf(": ", colon + 2)) {
            String message = translate(english.substring(colon + 2), depth + 1);
            if (message != null) {
                return english.substring(0, colon + 2) + message;
            }
        }
        return null;
    }

    /** The problem in Vietnamese: title by its type, detail and field messages by the catalogue (English where it has none). */
    public Problem inVietnamese(Problem p) {
        List<FieldError> errors = p.errors() == null ? null : p.errors().stream()
                .map(e -> new FieldError(e.field(), vietnamese(e.message()).orElse(e.message()))).toList();
        return new Problem(p.type(), vietnamese(p.title()).orElse(p.title()), p.status(), vietnamese(p.detail()).orElse(p.detail()),
                p.instance(), errors);
    }
}
