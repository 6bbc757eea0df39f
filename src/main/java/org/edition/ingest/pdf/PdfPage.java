package org.edition.ingest.pdf;

import java.util.List;

/**
 * The characters of one page of the PDF.
 *
 * @param index   the page's 1-based position in the file
 * @param label   the page label the PDF declares for it, or empty
 * @param width   the page's width in points
 * @param height  the page's height in points
 * @param glyphs  the upright characters, in content-stream order
 * @param turned  how many characters are set at an angle (margin stamps, rotated table heads)
 */
record PdfPage(int index, String label, float width, float height, List<Glyph> glyphs, int turned) {
    PdfPage {
        glyphs = List.copyOf(glyphs);
    }
}
