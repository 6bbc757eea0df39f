package org.edition.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.SourceDecoder;
import org.junit.jupiter.api.Test;

/** A PDF whose notes stand after each chapter, numbered again from 1 under each "Notes" heading. */
class ChapterEndnotesPdfTest {

    @Test
    void eachChaptersNotesAreASeriesOfTheirOwn() throws IOException {
        PdfMaker maker = new PdfMaker();
        maker.page()
                .text(72, 90, 16, PdfMaker.BOLD, "1. Grain")
                .line(72, 130, 11, "The council measured the grain reserves of the north again.^1^ Traders moved")
                .line(72, 144, 11, "their stocks to the coast when the prices rose in the spring.^2^")
                .text(72, 190, 13, PdfMaker.BOLD, "Notes")
                .text(72, 214, 11, PdfMaker.ROMAN, "1 The grain survey of 2019.")
                .text(72, 228, 11, PdfMaker.ROMAN, "2 The traders' own figures.");
        maker.page()
                .text(72, 90, 16, PdfMaker.BOLD, "2. Maize")
                .line(72, 130, 11, "Farmers planted maize on the terraces of the valley that year.^1^ The harvest")
                .line(72, 144, 11, "was the largest the region had known in a decade of records.")
                .text(72, 190, 13, PdfMaker.BOLD, "Notes")
                .text(72, 214, 11, PdfMaker.ROMAN, "1 The valley survey.");
        Importers.Imported imported = Importers.standard().importSource(
                SourceDecoder.decode("chapters.pdf", maker.bytes()), Optional.empty());
        String md = imported.text().markdown();
        assertTrue(md.contains("north again.[^1] Traders"), md);
        assertTrue(md.contains("valley that year.[^1-2] The harvest"), md);
        assertTrue(md.contains("[^2]: The traders' own figures."), md);
        assertTrue(md.contains("[^1-2]: The valley survey."), md);
        assertTrue(imported.report().toText().contains("all matched"), imported.report().toText());
    }
}
