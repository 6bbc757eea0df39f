package org.edition.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a report's cover says, whatever the importer reads the cover from: a date (with or
 * without a "Published" label), a byline ({@code By A, B and C}), or the name of an institution. Which
 * line is the title is the importer's to decide, from the layout it sees (sizes, blocks, emphasis).
 */
public final class CoverLine {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final Pattern DATE = Pattern.compile("(?i)(?:(?:published|publication date|first published|"
            + "date)(?: on)?:?\\s+)?(?<date>" + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}|" + DAY + "\\s+" + MONTH
            + ",?\\s+\\d{4}|" + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|(?:19|20)\\d{2})");
    private static final Pattern BY = Pattern.compile("(?i)by\\s+(\\p{L}.+)");
    private static final Pattern NAMES_APART = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(?:institut\\w*|center|centre|foundation|"
            + "council|university|université|office|ministry|agency|programme|program|press|school|"
            + "academy|college|forum|fund|service|commission|department|école|observatory|network|society|"
            + "trust|association)\\b");

    private CoverLine() {
    }

    /**
     * The date a line prints and nothing else, without its label: {@code 19 November 2020},
     * {@code Nov. 2020}, {@code 2020-11-19}, {@code 2020}; "Published: 3 May 2021" gives {@code 3 May 2021}.
     */
    public static Optional<String> date(String line) {
        Matcher m = DATE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group("date")) : Optional.empty();
    }

    /** The names of a byline ({@code By A, B and C}), or none for any other line. */
    public static List<String> byline(String line) {
        Matcher m = BY.matcher(line.strip());
        List<String> names = new ArrayList<>();
        if (m.matches()) {
            for (String name : NAMES_APART.split(m.group(1))) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** Whether the line names an institution (an institute, a centre, a ministry, a university…). */
    public static boolean namesAnInstitution(String line) {
        return INSTITUTION.matcher(line).find();
    }
}
