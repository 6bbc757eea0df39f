package org.edition.model;

/**
 * A block of a section's text, in reading order: a numbered paragraph (or list, table, quotation),
 * a pull quote or sidebar lifted out of the running text, or the start of an original page.
 */
public sealed interface Block permits Paragraph, Insert, PageStart {

    /** What kind of block this is, for templates: {@code paragraph}, {@code insert}, {@code page-start}. */
    String kind();
}
