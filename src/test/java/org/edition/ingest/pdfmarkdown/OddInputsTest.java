package org.edition.ingest.pdfmarkdown;

import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.pdfmarkdown.PdfMarkdownImporter;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd and broken inputs: the importer never fails, loses no word, and gives the same text twice. */
class OddInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\n", "---", "---\n\n---\n", "1. Only a note.", "<sup>1</sup>",
        "<sup></sup> <sup>", "```\nunclosed fence", "# Only a heading", "| a |\n| 1. | b |", "Text in\n\n---\n",
        "Text.<sup>1</sup>\n\n---\n\nstray words\n", "[x](#) [](#) [^1]", "## Footnotes\n\n| No. | Note |\n",
        "1.\n2.\n3.", "Introduction ..... 2\nMethod ..... 3", "- a\n- b\n\n---\n\n1. n\n\nc",
        "<!-- edition:page 2 --> injected"})
    void neverFailsAndIsDeterministic(String text) {
        String once = read(text);
        assertEquals(once, read(text));
        for (String word : text.replaceAll("<[^>]*>|[^\\p{L}\\s]", " ").trim().split("\\s+")) {
            assertTrue(word.isEmpty() || once.contains(word) || text.contains("....."), word + " lost from: " + once);
        }
    }

    private static String read(String text) {
        return new PdfMarkdownImporter().read(SourceText.of("odd.md", text), new ImportLog("odd.md")).markdown();
    }
}
