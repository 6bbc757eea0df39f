package org.edition.model.compare;

/**
 * A place where a report names a date, with the sentence around it.
 *
 * @param paragraph the paragraph
 * @param sentence  the sentence that names it
 * @param start     where the date's words begin in the sentence
 * @param end       where they end (exclusive)
 * @param qualifier the word before the date that says how the date relates to the event ({@code by},
 *                  {@code since}, {@code until} …), or empty
 * @param when      the date
 * @param ahead     whether the date lies after the report's own publication: the authors looking ahead
 */
public record DateMention(ParagraphRef paragraph, String sentence, int start, int end, String qualifier,
        DateSpan when, boolean ahead) {

    /** The sentence before the date's words. */
    public String before() {
        return sentence.substring(0, start);
    }

    /** The date's words as the report writes them. */
    public String expression() {
        return sentence.substring(start, end);
    }

    /** The sentence after the date's words. */
    public String after() {
        return sentence.substring(end);
    }
}
