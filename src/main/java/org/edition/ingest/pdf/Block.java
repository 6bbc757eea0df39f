package org.edition.ingest.pdf;

import java.util.List;

/** A block of the edition Markdown the PDF importer writes. */
sealed interface Block {

    /** A section heading. */
    record Heading(int level, List<Inline> text, int page) implements Block {
    }

    /** A paragraph; {@code quote} for text set apart in a smaller size (a block quote, a box). */
    record Paragraph(List<Inline> text, boolean quote, int page) implements Block {
    }

    /** A bulleted list. */
    record Bullets(List<List<Inline>> items, int page) implements Block {
    }

    /** A table or figure: its caption and the text it holds, row by row, with its source and notes lines. */
    record Exhibit(List<Inline> caption, List<String> rows, int page) implements Block {
    }

    /** The start of an original page between blocks. */
    record PageStart(String label) implements Block {
    }

    /** A note's text. */
    record Note(String label, List<Inline> text, int page) implements Block {
    }
}
