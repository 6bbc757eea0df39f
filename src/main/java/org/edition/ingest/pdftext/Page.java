package org.edition.ingest.pdftext;

/**
 * One page of the original, as a range of source lines.
 *
 * @param index    0-based position of the page in the dump
 * @param first    its first source line
 * @param last     its last source line
 * @param label    the page number printed on it or inferred for it; empty until numbered
 * @param inferred whether the number was inferred rather than printed on this page
 */
public record Page(int index, int first, int last, String label, boolean inferred) {

    /** A page not yet numbered. */
    public static Page unnumbered(int index, int first, int last) {
        return new Page(index, first, last, "", true);
    }

    /** This page with a number. */
    public Page numbered(String newLabel, boolean wasInferred) {
        return new Page(index, first, last, newLabel, wasInferred);
    }

    /** Whether the line lies on this page. */
    public boolean holds(int line) {
        return line >= first && line <= last;
    }
}
