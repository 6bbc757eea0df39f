package org.edition.ingest.importer;

import java.util.Comparator;
import java.util.Locale;

/**
 * One editorial intervention an importer made, at a line of the raw source.
 *
 * @param kind    what was done
 * @param line    1-based line in the raw source where it happened
 * @param detail  the text concerned, or a short description
 * @param doubtful true where the importer guessed and an editor should check
 */
public record Intervention(Kind kind, int line, String detail, boolean doubtful) {

    /** Source order, then kind, then detail. */
    public static final Comparator<Intervention> IN_SOURCE_ORDER = Comparator.comparingInt(Intervention::line)
            .thenComparing(Intervention::kind)
            .thenComparing(Intervention::detail);

    public Intervention {
        detail = detail == null ? "" : detail;
    }

    /** The kinds of intervention, each counted in the import report. */
    public enum Kind {
        RUNNING_HEAD_REMOVED("running heads and feet removed"),
        PAGE_NUMBER_REMOVED("page numbers removed"),
        PULL_QUOTE_LIFTED("pull quotes lifted out of the text"),
        SIDEBAR_LIFTED("boxed sidebars lifted out of the text"),
        PARAGRAPH_JOINED_ACROSS_PAGES("paragraphs joined across page breaks"),
        PARAGRAPH_JOINED_ACROSS_NOTES("paragraphs joined across note blocks"),
        PARAGRAPH_JOINED_ACROSS_INSERT("paragraphs joined across a pull quote or sidebar"),
        HYPHEN_KEPT("line-end hyphens kept (compound words)"),
        HYPHEN_JOINED("line-end hyphens removed (words broken by the layout)"),
        URL_REJOINED("URLs rejoined across lines"),
        HEADING_REJOINED("headings rejoined across lines"),
        HEADING_FROM_CONTENTS("headings found by the titles of the contents list"),
        HEADING_FROM_MARGIN("side headings cut from the margin column beside the text"),
        HEADING_AT_PAGE_FOOT("headings the extractor left at the foot of a page, set after the paragraph they broke into"),
        NOTE_REFERENCE_UNGLUED("note references separated from the word before them"),
        NOTE_BREAKS_OFF("note texts that break off in the source"),
        NOTE_RULE_REMOVED("rules written as text over a page's notes removed"),
        FOOTNOTES_LIFTED("page-bottom note blocks lifted out of the text"),
        NOTE_CONTINUED("notes continued at the foot of the next page"),
        NOTE_NUMBERING_RESTARTED("note numbering starting again at 1"),
        CONTENTS_DROPPED("contents lists dropped (the edition makes its own)"),
        FRONT_MATTER_READ("front matter lines read as metadata"),
        LINK_TARGET_LOST("links whose target was lost, kept as plain text"),
        SUPERSCRIPT_KEPT("superscripts kept as text (not note references)"),
        HTML_ESCAPED("raw HTML shown as text"),
        BACK_MATTER_KEPT("back matter sections kept"),
        BLANK_LINES_DISREGARDED("blank lines disregarded (a blank line after every line)"),
        OTHER("other interventions");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the import report names the count of this kind. */
        public String label() {
            return label;
        }

        /** The id used in machine-readable reports, like {@code pull-quote-lifted}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
