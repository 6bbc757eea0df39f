package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs at the edges never make the importer fail, and never lose their words. */
class OddInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\n", "   \n \f \n", "word", "7", "NOTES\n", "Notes\n\n1 A note without a reference.\n",
            "•\n", "\f\f\f", "a-\n", "https://example.org/a-\n", "1 2 3\n4 5 6\n", "Page 3\n\fPage 4\n",
            "Short.\n\nShort again.\n\n\fShort.\n"})
    void oddInputsImport(String text) {
        assertDoesNotThrow(() -> PdfText.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"word", "two words here.", "A heading\n\nand text that follows it here."})
    void wordsSurvive(String text) {
        String markdown = PdfText.markdown(text);
        assertEquals(text.replaceAll("\\s+", " ").strip(), markdown.replace("## ", "").replaceAll("\\s+", " ").strip());
    }
}
