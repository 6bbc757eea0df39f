package org.edition.model.compare;

import java.util.Comparator;
import org.edition.model.PublicationDate;

/**
 * A stretch of time a report names: a day, a month, a year, a run of years or part of a decade.
 *
 * @param start the first day, month or year it covers
 * @param end   the last day, month or year it covers (equal to start for a single date)
 * @param label how to show it: {@code February 2007}, {@code 2011–2012}, {@code early 1980s}
 */
public record DateSpan(PublicationDate start, PublicationDate end, String label) implements Comparable<DateSpan> {
    private static final Comparator<DateSpan> ORDER = Comparator.comparing(DateSpan::start)
            .thenComparing(DateSpan::end).thenComparing(DateSpan::label);

    public DateSpan {
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("a span cannot end (" + end.iso() + ") before it starts (" + start.iso() + ")");
        }
    }

    /** A single date. */
    public static DateSpan of(PublicationDate date) {
        return new DateSpan(date, date, date.display());
    }

    /** The first month covered, counted from year 0 (for overlap tests). */
    public int firstMonth() {
        return start.year() * 12 + Math.max(start.month(), 1) - 1;
    }

    /** The last month covered, counted from year 0. */
    public int lastMonth() {
        return end.year() * 12 + (end.month() == 0 ? 12 : end.month()) - 1;
    }

    /** Whether this span covers the whole of another. */
    public boolean covers(DateSpan other) {
        return firstMonth() <= other.firstMonth() && other.lastMonth() <= lastMonth();
    }

    /** Whether one of the two spans covers the other. */
    public boolean nests(DateSpan other) {
        return covers(other) || other.covers(this);
    }

    /** Whether all of this span lies after a date (after its last month, or its year when no month is known). */
    public boolean after(PublicationDate date) {
        DateSpan d = of(date);
        return firstMonth() > d.lastMonth();
    }

    /** Whether the span is one day, month or year (not a run of them). */
    public boolean single() {
        return start.equals(end);
    }

    /** An ISO form for machines: {@code 2007-02} or {@code 2011/2012}. */
    public String iso() {
        return start.equals(end) ? start.iso() : start.iso() + "/" + end.iso();
    }

    @Override
    public int compareTo(DateSpan o) {
        return ORDER.compare(this, o);
    }
}
