package org.edition.ingest.pdftext;

import java.util.Optional;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/** Imports a text given in a test as a pdf-text source. */
final class PdfText {
    private PdfText() {
    }

    static Importers.Imported read(String text) {
        return Importers.standard().importSource(SourceText.of("test.txt", text), Optional.of(SourceFormat.PDF_TEXT));
    }

    static String markdown(String text) {
        return read(text).text().markdown();
    }

    /** A paragraph of {@code lines} full lines of body text about one subject. */
    static String filler(String subject, int lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            s.append("The council measured ").append(subject).append(" again in round ").append(i + 1)
                    .append(" and reported the results to the\n");
        }
        return s.toString();
    }
}
