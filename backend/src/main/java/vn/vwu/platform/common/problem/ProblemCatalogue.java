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
    /** Longer messages (they carry a huge value someone sent) stay in English: wording them is not worth the work. */
    public static final int MAX_LENGTH = 2_000;
    /** How many "path: " prefixes are tried before a message is given up as unknown. */
    private static final int MAX_PATH_PREFIXES = 3;

    /**
     * An English template cut at its placeholders: literals[0] {slots[0]} literals[1] … {slots[k-1]} literals[k].
     * Matched left to right, each placeholder ending at the first occurrence of the literal after it (the last
     * one at the message's end): linear in the message's length whatever it contains, unlike a backtracking
     * regular expression over text that partly comes from the caller.
     */
    private record Template(List<String> literals, List<Integer> slots, String vietnamese, int literalLength) {

        List<String> match(String message) {
            String first = literals.get(0);
            String last = literals.get(literals.size() - 1);
            int end = message.length() - last.length();
            if (!message.startsWith(first) || !message.endsWith(last) || end <= first.length()) {
                return null;
            }
            List<String> parts = new ArrayList<>(slots.size());
            int pos = first.length();
            for (int i = 1; i < literals.size() - 1; i++) {
                int at = message.indexOf(literals.get(i), pos + 1); // a placeholder stands for at least one character
                if (at < 0 || at + literals.get(i).length() > end) {
                    return null;
                }
                parts.add(message.substring(pos, at));
                pos = at + literals.get(i).length();
            }
            if (end <= pos) {
                return null;
            }
            parts.add(message.substring(pos, end));
            return parts;
        }
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
        templates.sort(Comparator.comparingInt((Template t) -> -t.literalLength()));
    }

    private void add(String english, String vietnamese, int line) {
        Matcher m = PLACEHOLDER.matcher(english);
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (m.start() == last && last > 0) {
                throw new IllegalStateException(RESOURCE + " line " + line + ": two placeholders need text between them");
            }
            literals.add(english.substring(last, m.start()));
            slots.add(Integer.parseInt(m.group(1)));
            last = m.end();
        }
        if (slots.isEmpty()) {
            exact.put(english, vietnamese);
            return;
        }
        literals.add(english.substring(last));
        Matcher used = PLACEHOLDER.matcher(vietnamese);
        while (used.find()) {
            if (!slots.contains(Integer.parseInt(used.group(1)))) {
                throw new IllegalStateException(RESOURCE + " line " + line + ": {" + used.group(1) + "} is not in the English template");
            }
        }
        templates.add(new Template(List.copyOf(literals), List.copyOf(slots), vietnamese,
                literals.stream().mapToInt(String::length).sum()));
    }

    /** The Vietnamese wording of an English message, if the catalogue has it. */
    public Optional<String> vietnamese(String english) {
        return english == null || english.length() > MAX_LENGTH ? Optional.empty() : Optional.ofNullable(translate(english, 0, true));
    }

    private String translate(String english, int depth, boolean pathAllowed) {
        String hit = exact.get(english);
        if (hit != null || depth > 2) {
            return hit;
        }
        for (Template t : templates) {
            List<String> parts = t.match(english);
            if (parts != null) {
                String out = t.vietnamese();
                for (int i = 0; i < parts.size(); i++) {
                    String part = parts.get(i);
                    String translated = translate(part, depth + 1, false);
                    out = out.replace("{" + t.slots().get(i) + "}", translated != null ? translated : part);
                }
                return out;
            }
        }
        if (!pathAllowed) {
            return null;
        }
        // "values[3].period: must be …" (a field's path, then its message): the path stays, the message must translate.
        int colon = english.indexOf(": ");
        for (int tries = 0; colon > 0 && tries < MAX_PATH_PREFIXES; tries++, colon = english.indexOf(": ", colon + 2)) {
            String message = translate(english.substring(colon + 2), depth + 1, false);
            if (message != null) {
                return english.substring(0, colon + 2) + message;
            }
        }
        return null;
    }

    /** The problem in Vietnamese: title, detail and field messages by the catalogue (English where it has none). */
    public Problem inVietnamese(Problem p) {
        List<FieldError> errors = p.errors() == null ? null : p.errors().stream()
                .map(e -> new FieldError(e.field(), vietnamese(e.message()).orElse(e.message()))).toList();
        return new Problem(p.type(), vietnamese(p.title()).orElse(p.title()), p.status(), vietnamese(p.detail()).orElse(p.detail()),
                p.instance(), errors);
    }
}
