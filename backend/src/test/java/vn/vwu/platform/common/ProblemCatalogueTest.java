package vn.vwu.platform.common;

import org.junit.jupiter.api.Test;
import vn.vwu.platform.common.problem.FieldError;
import vn.vwu.platform.common.problem.Problem;
import vn.vwu.platform.common.problem.ProblemCatalogue;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemCatalogueTest {

    private final ProblemCatalogue catalogue = new ProblemCatalogue();

    @Test
    void aFixedMessageIsLookedUp() {
        assertEquals(Optional.of("là bắt buộc"), catalogue.vietnamese("is required"));
    }

    @Test
    void theVaryingPartsAreCarriedOverEvenWhenVietnameseOrdersThemDifferently() {
        assertEquals(Optional.of("giá trị INTEGER là số nguyên: decimals phải bằng 0"),
                catalogue.vietnamese("INTEGER values are whole numbers: decimals must be 0"));
        assertEquals(Optional.of("Tài khoản bị khóa tạm thời vì nhập sai mật khẩu nhiều lần; hãy thử lại sau 15 phút"),
                catalogue.vietnamese("The account is locked after repeated wrong passwords; try again in 15 minutes"));
    }

    @Test
    void theMostSpecificTemplateWins() {
        // "Report {0} does not exist" would also match; "Report form {0}" is longer and must win.
        assertEquals(Optional.of("Biểu mẫu báo cáo BC-01 không tồn tại"), catalogue.vietnamese("Report form BC-01 does not exist"));
        assertEquals(Optional.of("Báo cáo 42 không tồn tại"), catalogue.vietnamese("Report 42 does not exist"));
    }

    @Test
    void aFieldPathBeforeTheMessageStaysAsItIs() {
        assertEquals(Optional.of("values[3].unitId: là bắt buộc"), catalogue.vietnamese("values[3].unitId: is required"));
        assertEquals(Optional.of("line 7: unit: là bắt buộc"), catalogue.vietnamese("line 7: unit: is required"));
    }

    @Test
    void anUnknownMessageHasNoWordingAndIsNotGuessed() {
        assertEquals(Optional.empty(), catalogue.vietnamese("the moon is made of cheese"));
        assertEquals(Optional.empty(), catalogue.vietnamese("values[3].unitId: the moon is made of cheese"));
        assertEquals(Optional.empty(), catalogue.vietnamese(null));
    }

    @Test
    void aValueContainingTheTemplatesOwnWordsStillMatches() {
        assertEquals(Optional.of("giá trị 'không' không hợp lệ; phải là một trong A, B"),
                catalogue.vietnamese("unknown value 'không'; expected one of A, B"));
        assertEquals(true, catalogue.vietnamese("unknown value 'x'; expected one of y'; expected one of A, B").isPresent());
    }

    @Test
    void aMessageLongerThanTheLimitStaysInEnglishAndAPathPrefixIsNotSearchedForEverywhere() {
        String huge = "line 2: value: '" + "9".repeat(ProblemCatalogue.MAX_LENGTH) + "' is not a number";
        assertEquals(Optional.empty(), catalogue.vietnamese(huge));
        // only the first few "path: " prefixes are tried: a message made of colons is given up, not explored
        assertEquals(Optional.empty(), catalogue.vietnamese("a: b: c: d: is required"));
        assertEquals(Optional.of("a: b: c: là bắt buộc"), catalogue.vietnamese("a: b: c: is required"));
    }

    @Test
    void aProblemKeepsItsTypeStatusFieldsAndInstanceAndUnknownTextStaysEnglish() {
        Problem english = new Problem("https://vwu.vn/problems/validation", "Invalid request", 400, "2 fields are invalid", "/api/v1/units",
                List.of(new FieldError("name", "is required"), new FieldError("code", "something new nobody translated")));
        Problem vietnamese = catalogue.inVietnamese(english);
        assertEquals(new Problem("https://vwu.vn/problems/validation", "Yêu cầu không hợp lệ", 400, "2 trường không hợp lệ", "/api/v1/units",
                List.of(new FieldError("name", "là bắt buộc"), new FieldError("code", "something new nobody translated"))), vietnamese);
    }
}
