package org.edition.link.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sources a note cites, as notes in the humanities and policy writing set them out:
 * {@code Author and Author, “Title”, Publisher, date, URL} (quoted titles, with their author just before
 * and their publisher just after) or {@code Issuing body, Title, date} (a government or institution first).
 * A reading, not a parse: what it cannot place it leaves empty.
 */
final class NoteCitations {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{3,300}?)[”\"]");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>“”\"]+");
    private static final Pattern NAME_WORD = Pattern.compile("(?:[A-Z][\\p{L}’'-]+|[A-Z]\\.|de|van|von|al|bin|del|da|di)");
    private static final Pattern DATE_LIKE = Pattern.compile(".*\\b(1[89]|20)\\d\\d\\b.*|.*\\b(" + String.join("|", org.edition.model.PublicationDate.MONTH_NAMES)
            + ")\\b.*");
    /** Words that make a leading name an institution, not a person. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i).*\\b(department|house|council|committee|parliament|ministry|mission|office|senate|congress|commission|agency|"
            + "institute|institution|university|cent(er|re)|government|intelligence|africom|nations|union|foundation|fund|"
            + "bank|bureau|court|assembly|service|services|embassy|administration)\\b.*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern UP_TO_LAST_STOP = Pattern.compile("(?s).*[:;.]\\s");
    private static final Pattern SEE_ALSO = Pattern.compile("^\\s*(?i:see also|see|also)\\s+");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:\\s]+$");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern URL_END = Pattern.compile("[.,;:)]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.:]+");
    private static final Pattern FINAL_STOP = Pattern.compile("\\.$");
    private static final Pattern ET_AL = Pattern.compile("\\s+et al\\.?$");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(",\\s+|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern WWW = Pattern.compile("(?i)^www\\.");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr\\.?|Prof\\.?|Professor|Congressman|Congresswoman|Senator|President|Secretary)\\s+");

    private NoteCitations() {
    }

    /**
     * One source a note cites.
     *
     * @param text         the words of the note that cite it
     * @param authors      its authors' names, as written
     * @param title        its title, or empty
     * @param url          its address, or empty
     * @param organisation its publisher or issuing body, or empty
     */
    record Citation(String text, List<String> authors, String title, String url, String organisation) {
    }

    /** The sources a note's text cites, in order. */
    static List<Citation> read(String note) {
        List<Citation> out = new ArrayList<>();
        List<int[]> titles = new ArrayList<>();
        Matcher q = QUOTED.matcher(note);
        while (q.find()) {
            if (WHITE_SPACE.split(q.group(1).strip()).length >= 2) {
                titles.add(new int[] {q.start(), q.end(), q.start(1), q.end(1)});
            }
        }
        int previousEnd = 0;
        for (int k = 0; k < titles.size(); k++) {
            int[] t = titles.get(k);
            int nextStart = k + 1 < titles.size() ? titles.get(k + 1)[0] : note.length();
            String before = note.substring(previousEnd, t[0]);
            String lead = SEE_ALSO.matcher(UP_TO_LAST_STOP.matcher(before).replaceAll("")).replaceFirst("").strip();
            lead = TRAILING_COMMAS.matcher(lead).replaceAll("");
            String after = note.substring(t[1], nextStart);
            String title = TRAILING_PUNCTUATION.matcher(note.substring(t[2], t[3])).replaceAll("").strip();
            String url = firstUrl(after);
            String organisation = firstSegment(after);
            int from = lead.isEmpty() ? t[0] : Math.max(previousEnd, note.lastIndexOf(lead, t[0]));
            out.add(new Citation(note.substring(from, endOf(after, t[1])).strip(), people(lead), title, url, organisation));
            previousEnd = t[1];
        }
        if (titles.isEmpty()) {
            out.addAll(unquoted(note));
        }
        return out;
    }

    /** A note without quoted titles: an institution's document ({@code Issuer, Title, date}), or an address only. */
    private static List<Citation> unquoted(String note) {
        String[] segments = COMMA.split(note);
        String url = firstUrl(note);
        if (segments.length >= 3 && INSTITUTION.matcher(segments[0]).matches() && WHITE_SPACE.split(segments[0]).length <= 10) {
            return List.of(new Citation(note.strip(), List.of(), segments[1].strip(), url, segments[0].strip()));
        }
        if (segments.length >= 3 && isName(segments[0].strip())) {
            return List.of(new Citation(note.strip(), people(segments[0].strip()), segments[1].strip(), url, ""));
        }
        return url.isEmpty() ? List.of() : List.of(new Citation(note.strip(), List.of(), "", url, ""));
    }

    private static int endOf(String after, int offset) {
        Matcher u = URL.matcher(after);
        if (u.find()) {
            return offset + u.end();
        }
        int stop = after.indexOf(". ");
        return offset + (stop >= 0 ? stop + 1 : after.length());
    }

    private static String firstUrl(String text) {
        Matcher u = URL.matcher(text);
        return u.find() ? URL_END.matcher(u.group()).replaceAll("") : "";
    }

    /** The first comma-separated piece after a title, if it names a publisher (not a date, a page or an address). */
    private static String firstSegment(String after) {
        String s = LEADING_PUNCTUATION.matcher(after).replaceFirst("");
        int end = s.length();
        for (String stop : List.of(",", ". ", ";", "(")) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String segment = FINAL_STOP.matcher(s.substring(0, end).strip()).replaceAll("");
        boolean publisher = !segment.isEmpty() && Character.isUpperCase(segment.charAt(0)) && WHITE_SPACE.split(segment).length <= 8
                && !DATE_LIKE.matcher(segment).matches() && !segment.startsWith("http");
        return publisher ? segment : "";
    }

    /** The people named in an author position ("Mark Mazzetti and Michael Schmidt", "Fiona Hill et al."). */
    private static List<String> people(String lead) {
        String s = ET_AL.matcher(lead).replaceAll("").strip();
        List<String> out = new ArrayList<>();
        for (String part : AUTHOR_SEPARATOR.split(s)) {
            String name = HONORIFIC.matcher(part.strip()).replaceFirst("");
            if (isName(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether a phrase looks like a person's name: two to five capitalised words or initials, no institution. */
    static boolean isName(String s) {
        String[] words = WHITE_SPACE.split(s.strip());
        if (words.length < 2 || words.length > 5 || INSTITUTION.matcher(s).matches()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    /** A key for matching: lower case, accents and punctuation dropped, a leading "the" dropped. */
    static String key(String s) {
        String plain = NOT_LETTERS.matcher(MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return LEADING_THE.matcher(plain).replaceFirst("");
    }

    /** An address as a key: no scheme, no "www.", no query or fragment, no trailing slash, host in lower case. */
    static String urlKey(String url) {
        String u = TRAILING_SLASHES.matcher(QUERY.matcher(WWW.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("")).replaceFirst(""))
                .replaceAll("");
        int slash = u.indexOf('/');
        return slash < 0 ? u.toLowerCase(Locale.ROOT) : u.substring(0, slash).toLowerCase(Locale.ROOT) + u.substring(slash);
    }
}
