package org.edition.ingest.pdftext;

/** The body of a dump as a stream in reading order, before paragraphs are rebuilt. */
public sealed interface Flow {

    /**
     * A line of running text.
     *
     * @param line   its source line
     * @param text   its text (without a bullet glyph)
     * @param bullet whether it opens a list item
     */
    record Text(SourceLine line, String text, boolean bullet) implements Flow {
    }

    /** One or more blank lines, where blank lines separate paragraphs. */
    record Gap(int line) implements Flow {
    }

    /**
     * A page of the original begins.
     *
     * @param page           the page
     * @param afterFootnotes whether the page before ended with footnotes
     */
    record PageStart(Page page, boolean afterFootnotes) implements Flow {
    }

    /** A heading, after the heading of its part's label where an extractor glued the two together. */
    record Heading(Block.Heading block, int line, java.util.Optional<Block.Heading> label) implements Flow {
    }

    /** A pull quote or sidebar standing in the running text, to be lifted out of it. */
    record Insert(Block block, int line) implements Flow {
    }
}
