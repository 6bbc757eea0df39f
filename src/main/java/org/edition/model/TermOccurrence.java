package org.edition.model;

/**
 * One place where a glossary term occurs in a report.
 *
 * @param entryId  the glossary entry
 * @param reportId the report
 * @param blockId  the paragraph ({@code p12}) or note ({@code note-5}) it stands in
 * @param place    how a reader names the place: "¶ 12", "note 5"
 * @param before   up to a few words of text before it
 * @param matched  the text as it occurs
 * @param after    up to a few words of text after it
 * @param linked   whether this occurrence is linked to the entry on the report page
 */
public record TermOccurrence(String entryId, String reportId, String blockId, String place, String before,
        String matched, String after, boolean linked) {
}
