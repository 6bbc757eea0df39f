package org.edition.ingest.pdftext;

import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTextSnifferTest {
    private final PdfTextSniffer sniffer = new PdfTextSniffer();

    private static final String DUMP = """
            US–Russia relations are now at their lowest ebb since the end of the
            Cold War. This reality, remarkable in itself, is especially so given the
            United States has its most pro-Kremlin president in more than a
            century.1 When Donald Trump emerged as the shock victor in the 2016
            US presidential election, many observers anticipated a relaxation of
            tensions between Washington and Moscow. During his campaign, he
            opposed Western sanctions against Russia; questioned the existence of
            NATO; and suggested that he would recognise the annexation of
            Crimea.2 Following the election, he rejected charges that the Kremlin had
            interfered in the US democratic process and condemned the decision.3
            """;

    @Test
    void hardWrappedTextWithGluedNotesScoresHigh() {
        int score = sniffer.score(DUMP);
        assertTrue(score >= 70 && score <= 90, "score " + score);
        assertTrue(sniffer.score(DUMP.replace("\n", "\n\n") + "\f") >= 80);
    }

    @Test
    void markdownScoresLow() {
        String markdown = "## Summary\n\nText with a note.[^1]\n\n---\n\n[^1]: The note.\n";
        String converted = "Text with a note<sup>1</sup> and more.\n\n---\n\n1. The note.\n\n# Heading\n";
        assertTrue(sniffer.score(markdown) <= 10);
        assertTrue(sniffer.score(converted) <= 10);
    }

    @Test
    void theRegistryPicksPdfTextForADump() {
        Importers.Choice choice = Importers.standard().choose(SourceText.of("d.txt", DUMP), java.util.Optional.empty());
        assertTrue(choice.importer().format() == SourceFormat.PDF_TEXT, choice.reason());
    }
}
