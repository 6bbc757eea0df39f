package org.edition.link.compare;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.model.PublicationDate;
import org.edition.model.compare.DateSpan;

/**
 * Finds the dates a text names, in the forms reports use: a day ("19 November 2020", "June 18, 2013"), a
 * month ("February 2007", "early April 2017"), a season ("the spring of 2014"), a year ("in 2014", "the 2016
 * election"), part of a year ("early 2014"), a run of years ("2011–12", "2018-2020") and part of a decade
 * ("the early 1980s", "the mid-1950s"). Each comes with the word before it that relates it to its event
 * ("by February 2021": by).
 *
 * <p>Numbers that are not years are left alone: a year is four digits from 1500 to 2099 standing on its
 * own, so not part of a name ("Zapad-2017", "G20"), of a larger number ("5 000 troops", "1,550"), of a
 * score ("419–3"), of an amount ("$2000") or of a count ("2000 troops").
 */
public final class DateExtractor {
    private static final String MONTH = "(" + String.join("|", PublicationDate.MONTH_NAMES) + ")";
    private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";
    /** A year standing on its own: not after a letter, digit, hyphen-joined name, currency or digit group. */
    private static final String ALONE_BEFORE = "(?<![\\p{L}\\p{N}$€£/.:])(?<![\\p{L}\\p{N}][-‐‑–])(?<!\\d[ ,\u00a0\u202f])";
    private static final String ALONE_AFTER = "(?![\\p{L}\\p{N}%]|[ \u00a0\u202f,]\\d{3}\\b|[-‐‑–][\\p{L}\\p{N}]|\\s+(?:troops|soldiers|people|men|"
            + "personnel|km|kilometres|kilometers|miles|tons|tonnes|dollars|euros|warheads|missiles|deaths|casualties|votes|pages)\\b)";
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)\\b(in|since|by|until|till|before|after|from|during|around|throughout|as of|to|between|and|of)\\s+(?:the\\s+)?$");
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+" + YEAR + ALONE_AFTER),
                    m -> day(m.group(3), m.group(2), m.group(1)), Needs.MONTH),
            new Form(Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + ALONE_AFTER),
                    m -> day(m.group(3), m.group(1), m.group(2)), Needs.MONTH),
            new Form(Pattern.compile("\\b(?:(early|mid|late)[-\\s]+)?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + ALONE_AFTER),
                    m -> month(m.group(1), m.group(2), m.group(3)), Needs.MONTH),
            new Form(Pattern.compile("(?i:\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+)" + YEAR + ALONE_AFTER),
                    m -> season(m.group(1), m.group(2)), Needs.SEASON),
            new Form(Pattern.compile("(?i:\\b(?:the\\s+)?(?:(early|mid|late)[-\\s]+)?)" + "(1[5-9]\\d0|20\\d0)['’]?s\\b"),
                    m -> decade(m.group(1), m.group(2)), Needs.DECADE),
            new Form(Pattern.compile(ALONE_BEFORE + YEAR + "\\s*[–—-]\\s*(\\d\\d|" + YEAR + ")" + ALONE_AFTER),
                    m -> range(m.group(1), m.group(2)), Needs.YEAR),
            new Form(Pattern.compile("(?i:\\b(early|mid|late)[-\\s]+)" + YEAR + ALONE_AFTER),
                    m -> partOfYear(m.group(1), m.group(2)), Needs.PART),
            new Form(Pattern.compile(ALONE_BEFORE + YEAR + ALONE_AFTER), m -> year(m.group(1)), Needs.YEAR));

    /** How many kinds of {@link Needs} there are. */
    private static final int NEEDS = Needs.values().length;

    /**
     * A form of date: its pattern, how a match becomes a span (or null when it is not a date after all), and
     * what a text must hold for the pattern to match in it at all.
     */
    private record Form(Pattern pattern, Function<Matcher, DateSpan> span, Needs needs) {
    }

    /**
     * Words without which a form cannot match, looked for with indexOf before the form's expression scans the
     * text (each expression scans the whole text; most texts with a year name no month, season or decade).
     */
    private enum Needs {
        /** Nothing beyond the year of every form. */
        YEAR,
        /** A month's name, as written (the expressions match months in their letter case). */
        MONTH,
        /** A season, in any letter case. */
        SEASON,
        /** A decade: a 0 followed by s, or by an apostrophe and s. */
        DECADE,
        /** early, mid or late, in any letter case. */
        PART;

        boolean heldBy(String text, String lower) {
            return switch (this) {
                case YEAR -> true;
                case MONTH -> PublicationDate.MONTH_NAMES.stream().anyMatch(text::contains);
                case SEASON -> lower.contains("spring") || lower.contains("summer") || lower.contains("autumn") || lower.contains("fall")
                        || lower.contains("winter");
                case DECADE -> hasDecade(text);
                case PART -> lower.contains("early") || lower.contains("mid") || lower.contains("late");
            };
        }

        private static boolean hasDecade(String text) {
            for (int i = text.indexOf('0'); i >= 0 && i + 1 < text.length(); i = text.indexOf('0', i + 1)) {
                char next = text.charAt(i + 1);
                if (next == 's' || (next == '\'' || next == '’') && i + 2 < text.length() && text.charAt(i + 2) == 's') {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A date found in a text.
     *
     * @param start     where its words begin
     * @param end       where they end (exclusive)
     * @param qualifier the word before it that relates it to its event ({@code by}, {@code since} …), or empty
     * @param when      the date
     */
    public record Found(int start, int end, String qualifier, DateSpan when) {
    }

    /** The dates a text names, left to right, never overlapping (the longest form wins). */
    public List<Found> find(String text) {
        return find(text, true);
    }

    /** {@link #find(String)}, with or without looking first for the words each form needs (for the tests). */
    List<Found> find(String text, boolean prefilter) {
        if (!hasFourDigits(text)) {
            return List.of();
        }
        String lower = prefilter ? text.toLowerCase(Locale.ROOT) : null;
        // what the text holds, looked for once per need (three forms need a month's name)
        Boolean[] held = new Boolean[NEEDS];
        List<Found> candidates = new ArrayList<>();
        for (Form form : FORMS) {
            if (prefilter) {
                int need = form.needs().ordinal();
                if (held[need] == null) {
                    held[need] = form.needs().heldBy(text, lower);
                }
                if (!held[need]) {
                    continue;
                }
            }
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                DateSpan span = form.span().apply(m);
                if (span != null) {
                    candidates.add(new Found(m.start(), m.end(), qualifier(text, m.start()), span));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<Found> out = new ArrayList<>();
        int covered = 0;
        for (Found f : candidates) {
            if (f.start() >= covered) {
                out.add(f);
                covered = f.end();
            }
        }
        return out;
    }

    /** Whether the text has four ASCII digits in a row: every form of date holds a year or a decade, and so four. */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static String qualifier(String text, int start) {
        Matcher m = QUALIFIER.matcher(text.substring(Math.max(0, start - 20), start));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static DateSpan day(String year, String month, String day) {
        int d = Integer.parseInt(day);
        int mo = Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue();
        if (d < 1 || d > Month.of(mo).maxLength()) {
            return null;
        }
        return DateSpan.of(new PublicationDate(Integer.parseInt(year), mo, d));
    }

    private static DateSpan month(String part, String month, String year) {
        int mo = Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue();
        PublicationDate date = new PublicationDate(Integer.parseInt(year), mo, 0);
        return part == null ? DateSpan.of(date) : new DateSpan(date, date, part.toLowerCase(Locale.ROOT) + " " + date.display());
    }

    private static DateSpan season(String season, String year) {
        int y = Integer.parseInt(year);
        String s = season.toLowerCase(Locale.ROOT);
        int first = switch (s) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 1;
        };
        int last = s.equals("winter") ? 2 : first + 2;
        return new DateSpan(new PublicationDate(y, first, 0), new PublicationDate(y, last, 0), s + " " + y);
    }

    private static DateSpan decade(String part, String decade) {
        int d = Integer.parseInt(decade);
        String p = part == null ? "" : part.toLowerCase(Locale.ROOT);
        int first = switch (p) {
            case "early" -> 0;
            case "mid" -> 4;
            case "late" -> 7;
            default -> 0;
        };
        int last = switch (p) {
            case "early" -> 3;
            case "mid" -> 6;
            default -> 9;
        };
        String label = switch (p) {
            case "" -> d + "s";
            case "mid" -> "mid-" + d + "s";
            default -> p + " " + d + "s";
        };
        return new DateSpan(new PublicationDate(d + first, 0, 0), new PublicationDate(d + last, 0, 0), label);
    }

    private static DateSpan range(String from, String to) {
        int a = Integer.parseInt(from);
        int b = to.length() == 2 ? a / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
        if (b <= a || b - a > 50) {
            return null;
        }
        String label = a / 100 == b / 100 ? a + "–" + (b % 100 < 10 ? "0" : "") + b % 100 : a + "–" + b;
        return new DateSpan(new PublicationDate(a, 0, 0), new PublicationDate(b, 0, 0), label);
    }

    private static DateSpan partOfYear(String part, String year) {
        int y = Integer.parseInt(year);
        String p = part.toLowerCase(Locale.ROOT);
        int first = switch (p) {
            case "early" -> 1;
            case "mid" -> 5;
            default -> 9;
        };
        return new DateSpan(new PublicationDate(y, first, 0), new PublicationDate(y, first + 3, 0), p + " " + y);
    }

    private static DateSpan year(String year) {
        return DateSpan.of(new PublicationDate(Integer.parseInt(year), 0, 0));
    }
}
