package vn.vwu.platform.common.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vwu.platform.common.problem.ProblemException;

/** Minimal RFC 4180 CSV: header row, quoted fields with doubled quotes, no embedded line breaks. */
public final class Csv {

    private Csv() {
    }

    public static List<Map<String, String>> read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return List.of();
            }
            List<String> header = parseLine(headerLine.replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = parseLine(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> parseLine(String line) {
        return parseLine(line, ',');
    }

    /** Splits one line on `delimiter`, honouring double-quoted fields. */
    public static List<String> parseLine(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * An uploaded file's text, strictly as UTF-8: a file saved in a Windows code page (Excel's plain "CSV") would
     * otherwise turn every Vietnamese letter into a replacement character without a word. A NUL character means the
     * file is not text at all.
     */
    public static String utf8Text(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ProblemException.invalid("body", "the file is not UTF-8 text (line " + lineAt(bytes, in.position())
                    + "): in Excel choose Save As, then 'CSV UTF-8 (Comma delimited)'");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw ProblemException.invalid("body", "the file contains a NUL character (line " + (text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1)
                    + "): it is not a text CSV");
        }
        return text;
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Quotes a value for PostgreSQL's COPY … (FORMAT csv); null becomes an unquoted empty field (NULL). */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        return '"' + value.toString().replace("\"", "\"\"") + '"';
    }
}
