package org.edition.ingest.pdfmarkdown;

import org.edition.ingest.markdown.MarkdownImporter;
import org.edition.ingest.pdfmarkdown.PdfMarkdownImporter;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sniffing: sure for converter Markdown with superscript references or ruled note blocks, not otherwise. */
class FormatSnifferTest {
    private final PdfMarkdownImporter importer = new PdfMarkdownImporter();

    private int sniff(String text) {
        return importer.sniff(SourceText.of("t.md", text));
    }

    @Test
    void superscriptReferencesMakeItSure() {
        assertEquals(90, sniff("## Intro\n\nA claim.<sup>1</sup> Another,<sup>2</sup> and a third<sup>3</sup>.\n"));
    }

    @Test
    void noteBlocksAfterRulesMakeItSureEvenWithoutReferences() {
        assertEquals(90, sniff("Some text of the page that\n\n---\n\n1. A note, 2020.\n\n2. Another note.\n\ngoes on.\n"));
    }

    @Test
    void aPlainPdfDumpIsNotThisFormat() {
        int score = sniff("AN ACCIDENT WAITING TO HAPPEN\n\nThe relationship between the two\n\ncountries has been poor.1\n\n 7\n");
        assertTrue(score <= 10, "score " + score);
    }

    @Test
    void cleanMarkdownWithFootnoteDefinitionsBelongsToTheMarkdownImporter() {
        String text = "## Intro\n\nA claim.[^1]\n\n[^1]: The source.\n";
        SourceText source = SourceText.of("t.md", text);
        assertTrue(importer.sniff(source) < new MarkdownImporter().sniff(source));
    }

    @Test
    void aFootnotesSectionOfAWebPageIsLikely() {
        assertEquals(70, sniff("# Title\n\nText.\n\n## Footnotes\n\n| 1. | A note. |\n"));
    }
}
