package org.edition.ingest.pdf;

/**
 * A line in reading order, with the column of its page it stands in.
 *
 * @param line   the line
 * @param column 0 for the page's only (or first) column, 1, 2 … for the columns after it
 */
record Placed(TextLine line, int column) {
}
