package org.edition.ingest.pdftext;

import java.util.List;

/** A block of edition Markdown as the importer rebuilds it, before it is written out. */
public sealed interface Block {

    /** A section heading; level 2 is {@code ##}. */
    record Heading(int level, TextRun text) implements Block {
    }

    /** A paragraph of running text. */
    record Paragraph(TextRun text) implements Block {
    }

    /** A bulleted list. */
    record BulletList(List<TextRun> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** A pull quote lifted out of the running text. */
    record PullQuote(TextRun text) implements Block {
    }

    /** A boxed sidebar lifted out of the running text, with its title if it has one. */
    record Sidebar(TextRun title, List<TextRun> paragraphs) implements Block {
        public Sidebar {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Where a page of the original begins, between blocks. */
    record PageMarker(String label) implements Block {
    }

    /** A note text, written as a footnote definition. */
    record NoteDefinition(String label, TextRun text, boolean breaksOff) implements Block {
    }
}
