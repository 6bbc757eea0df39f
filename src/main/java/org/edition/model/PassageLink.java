package org.edition.model;

/**
 * A link from the editors' own text to one paragraph of a report, written either with a quote the
 * paragraph holds ({@code [Lo](lo-2017 "exact words")}) or with the paragraph's anchor
 * ({@code [Lo](lo-2017#p12)}).
 *
 * @param reportId    the report
 * @param quote       the exact words quoted, or empty when the anchor is given
 * @param paragraphId the paragraph ({@code p12}); empty until the link stage finds the quote
 * @param file        the file the link is written in, for messages
 * @param line        its line in that file
 */
public record PassageLink(String reportId, String quote, String paragraphId, String file, int line) {

    /** The same link, resolved to a paragraph. */
    public PassageLink to(String paragraph) {
        return new PassageLink(reportId, quote, paragraph, file, line);
    }

    /** Whether the link names its paragraph by quoting it. */
    public boolean byQuote() {
        return !quote.isEmpty();
    }
}
