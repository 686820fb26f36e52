package vn.vwu.platform.indicators.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * The words people read for the catalogue's codes: units of measure ("person" → "người") and category options
 * ("KHONG_DTTS" → "Không thuộc dân tộc thiểu số"). The codes stay what the API and files exchange; the names go
 * to screens and documents. A code not listed here (an administrator's own unit of measure, already in words)
 * is its own name.
 */
public final class Terms {

    @Schema(name = "Term", description = "A code of the catalogue with its names.")
    public record Term(@Schema(example = "KHONG_DTTS") String code,
                       @Schema(example = "Không thuộc dân tộc thiểu số") String name,
                       @Schema(example = "Not ethnic minority") String nameEn) {
    }

    private static final Map<String, Term> MEASURES = Map.ofEntries(
            term("VND", "đồng", "VND"),
            term("activity", "hoạt động", "activities"),
            term("activity type", "loại hình", "activity types"),
            term("branch", "chi hội", "branches"),
            term("child", "trẻ em", "children"),
            term("club", "câu lạc bộ", "clubs"),
            term("commune union", "cơ sở Hội", "commune unions"),
            term("cooperative", "hợp tác xã", "cooperatives"),
            term("house", "căn nhà", "houses"),
            term("household", "hộ", "households"),
            term("item", "việc", "items"),
            term("percent", "%", "%"),
            term("person", "người", "people"),
            term("session", "buổi", "sessions"),
            term("site", "địa chỉ", "sites"),
            term("team", "tổ", "teams"));

    private static final Map<String, Term> OPTIONS = Map.ofEntries(
            term("DTTS", "Dân tộc thiểu số", "Ethnic minority"),
            term("KHONG_DTTS", "Không thuộc dân tộc thiểu số", "Not ethnic minority"));

    private Terms() {
    }

    public static Term measure(String code) {
        return lookup(MEASURES, code);
    }

    public static Term option(String code) {
        return lookup(OPTIONS, code);
    }

    private static Term lookup(Map<String, Term> terms, String code) {
        return code == null ? null : terms.getOrDefault(code, new Term(code, code, code));
    }

    private static Map.Entry<String, Term> term(String code, String vi, String en) {
        return Map.entry(code, new Term(code, vi, en));
    }
}
