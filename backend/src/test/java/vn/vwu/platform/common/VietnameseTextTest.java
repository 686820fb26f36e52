package vn.vwu.platform.common;

import org.junit.jupiter.api.Test;
import vn.vwu.platform.common.text.VietnameseText;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseTextTest {

    @Test
    void foldsCaseAndDiacritics() {
        assertEquals("ca mau", VietnameseText.fold("Cà Mau"));
        assertEquals("ca mau", VietnameseText.fold("CÀ MAU"));
        assertEquals("ca mau", VietnameseText.fold("  ca   mau "));
    }

    @Test
    void foldsDStrokeWhichUnicodeDoesNotDecompose() {
        assertEquals("dak lak", VietnameseText.fold("Đắk Lắk"));
        assertEquals("dien bien", VietnameseText.fold("ĐIỆN BIÊN"));
    }

    @Test
    void tonePlacementVariantsFoldAlike() {
        // "Hoà" (old orthography) and "Hòa" (new) are the same name.
        assertEquals(VietnameseText.fold("Thanh Hòa"), VietnameseText.fold("Thanh Hoà"));
    }

    @Test
    void composedAndDecomposedInputFoldAlike() {
        String decomposed = java.text.Normalizer.normalize("Bạc Liêu", java.text.Normalizer.Form.NFD);
        assertEquals("bac lieu", VietnameseText.fold(decomposed));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", VietnameseText.fold(null));
    }
}
