package org.edition.ingest.pdftext;

/** What a source line turned out to be. Lines start as body text and are claimed by the readers. */
public enum LineRole {
    BLANK, BODY, RUNNING_HEAD, PAGE_NUMBER, COVER, CONTENTS, ENDNOTES, FOOTNOTE, HEADING, PULL_QUOTE, SIDEBAR,
    BULLET_GLYPH
}
