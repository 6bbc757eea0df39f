package org.edition.ingest.metadata;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.model.PublicationDate;

/** Reads a date as printed on a cover: "November 19, 2020", "19 November 2020", "October 2017", "2017-10". */
public final class DateText {
    private static final String MONTH = "(" + String.join("|", PublicationDate.MONTH_NAMES) + ")";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");

    private DateText() {
    }

    /** The date in the text, if it is one of the printed forms above or ISO. */
    public static Optional<PublicationDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(t);
            if (m.matches()) {
                return Optional.of(new PublicationDate(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                return Optional.of(new PublicationDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches()) {
                return Optional.of(new PublicationDate(Integer.parseInt(m.group(2)), month(m.group(1)), 0));
            }
            return Optional.of(PublicationDate.parse(t));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }
}
