package org.edition.model.compare;

/**
 * A reference to one numbered paragraph of a report.
 *
 * @param reportId    the report
 * @param paragraphId the paragraph's anchor ({@code p12})
 * @param number      its number (¶ 12)
 */
public record ParagraphRef(String reportId, String paragraphId, int number) {

    /** How a reader names it: {@code ¶ 12}. */
    public String place() {
        return "¶\u202f" + number;
    }
}
