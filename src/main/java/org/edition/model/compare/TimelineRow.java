package org.edition.model.compare;

import java.util.List;

/**
 * A row of the timeline: one event with every mention of it in the reports, or the publication of a
 * report.
 *
 * @param when        the date
 * @param mentions    the mentions of the event, by report then reading order; empty for a publication
 * @param publication the id of the report published at this date, or empty for an event
 */
public record TimelineRow(DateSpan when, List<DateMention> mentions, String publication) {
    public TimelineRow {
        mentions = List.copyOf(mentions);
    }

    /** Whether the row marks a report's publication. */
    public boolean isPublication() {
        return !publication.isEmpty();
    }

    /** The reports that mention the event, in the order of the mentions. */
    public List<String> reportIds() {
        return mentions.stream().map(m -> m.paragraph().reportId()).distinct().toList();
    }

    /** Whether two reports or more mention the event. */
    public boolean shared() {
        return reportIds().size() > 1;
    }
}
