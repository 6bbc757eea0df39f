package org.edition.ingest.contents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles a printed contents list names, for finding the report's headings in its body: a body line (or
 * a few lines joined: a title wrapped differently in the list and in the text) is a heading when its words
 * are those of a listed title, whatever the spacing, punctuation, letter case or a note number glued to
 * its end. An entry wrapped over several lines of the list is matched by joining the lines; a title listed
 * with its part's label ({@code Appendix I: Scope and Methodology}) is also matched without it, as reports
 * often set the label apart from the title.
 */
public final class ContentsTitles {
    /** How many consecutive lines of the list one title may take. */
    private static final int WRAPPED = 3;
    /** The shortest title (in letters) that may be cut from the text it is glued to. */
    private static final int MIN_OPENING = 8;
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d{1,3}$");
    private static final Pattern LEADERS = Pattern.compile("\\s*(?:(?:\\.\\s?){2,}|…+|(?:·\\s?){2,}|\\t)\\s*(?:\\d{1,4}|[ivxlcdm]{1,6})?\\s*$");
    private static final Pattern PAGE_AFTER = Pattern.compile("\\s+(?:\\d{1,4}|[ivxlcdm]{1,6})$");
    /** A part's label before its title: {@code Appendix I: Scope and Methodology}, {@code Annex 2 – Tables}. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:appendix|annex|chapter|part|section|attachment|exhibit|schedule)\\s+[\\p{Alnum}.]{1,6}\\s*[:.–—-]?\\s+(\\p{Lu}.*)");
    private static final ContentsTitles NONE = new ContentsTitles(Set.of(), List.of());
    private final Set<String> keys;
    private final List<String> titles;
    private final List<String> titleKeys;

    private ContentsTitles(Set<String> keys, List<String> titles) {
        this.keys = Set.copyOf(keys);
        this.titles = List.copyOf(titles);
        this.titleKeys = this.titles.stream().map(ContentsTitles::key).toList();
    }

    /** No contents list. */
    public static ContentsTitles none() {
        return NONE;
    }

    /**
     * The titles of a list's entries, in the order they are listed; leaders and page numbers at the end of
     * an entry are ignored.
     */
    public static ContentsTitles of(List<String> entries) {
        List<String> titles = new ArrayList<>();
        for (String e : entries) {
            String t = PAGE_AFTER.matcher(LEADERS.matcher(e.strip()).replaceFirst("")).replaceFirst("").strip();
            if (key(t).length() >= 3) {
                titles.add(t);
            }
        }
        Set<String> keys = new HashSet<>();
        List<String> labelled = new ArrayList<>(titles);
        for (String t : labelled) {
            java.util.regex.Matcher m = LABEL.matcher(t);
            if (m.matches() && key(m.group(1)).length() >= MIN_OPENING) {
                titles.add(m.group(1));
                keys.add(key(m.group(1)));
            }
        }
        for (int i = 0; i < labelled.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int k = i; k < Math.min(labelled.size(), i + WRAPPED); k++) {
                joined.append(key(labelled.get(k)));
                keys.add(joined.toString());
            }
        }
        return new ContentsTitles(keys, titles);
    }

    /** Whether the list names no title. */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The titles as listed, in order. */
    public List<String> titles() {
        return titles;
    }

    /** Whether a text is one of the listed titles (a note number glued to its end aside). */
    public boolean lists(String text) {
        String k = key(text);
        if (k.length() < 3) {
            return false;
        }
        if (keys.contains(k)) {
            return true;
        }
        String bare = TRAILING_NUMBER.matcher(text.strip()).replaceFirst("");
        return !bare.equals(text.strip()) && keys.contains(key(bare));
    }

    /**
     * The length of the listed title a text opens with, when other text is glued after it (an extractor that
     * ran a side heading into the paragraph beside it: {@code Results in Brief Agencies can use …}): the
     * title must be followed by a capital that opens the rest; 0 if the text opens with no listed title.
     */
    public int opening(String text) {
        int best = 0;
        String textKey = key(text);
        for (int t = 0; t < titles.size(); t++) {
            String k = titleKeys.get(t);
            if (k.length() < MIN_OPENING || !textKey.startsWith(k)) {
                continue;
            }
            int at = 0;
            int seen = 0;
            while (at < text.length() && seen < k.length()) {
                int c = text.codePointAt(at);
                seen += Character.isLetterOrDigit(c) ? key(new String(Character.toChars(c))).length() : 0;
                at += Character.charCount(c);
            }
            String rest = text.substring(at).stripLeading();
            if (at > best && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) {
                best = at;
            }
        }
        return best;
    }

    /**
     * Where the title begins in a heading whose part label an extractor glued to it: {@code Appendix
     * IIGAO Contact and Staff Acknowledgments} is listed as {@code Appendix II: GAO Contact and Staff
     * Acknowledgments}, so the title begins at 11. The listed title says where the label ends, which
     * the glued text cannot ({@code IIGAO}). 0 where the label stands apart, or the text is no listed
     * title with a label.
     */
    public int gluedLabel(String text) {
        String textKey = key(text);
        for (String listed : titles) {
            Matcher m = LABEL.matcher(listed.strip());
            if (!m.matches() || !key(listed).equals(textKey)) {
                continue;
            }
            int labelLetters = key(listed.strip().substring(0, m.start(1))).length();
            int at = 0;
            int seen = 0;
            while (at < text.length() && seen < labelLetters) {
                int c = text.codePointAt(at);
                seen += Character.isLetterOrDigit(c) ? key(new String(Character.toChars(c))).length() : 0;
                at += Character.charCount(c);
            }
            boolean glued = at > 0 && at < text.length() && Character.isLetterOrDigit(text.codePointAt(at))
                    && Character.isLetterOrDigit(text.codePointBefore(at));
            return glued ? at : 0;
        }
        return 0;
    }

    /**
     * Whether a text is the part's label of a listed title and nothing more ({@code Appendix I} of
     * {@code Appendix I: Scope and Methodology}).
     */
    public boolean isLabel(String text) {
        String textKey = key(text);
        if (textKey.isEmpty()) {
            return false;
        }
        for (String listed : titles) {
            Matcher m = LABEL.matcher(listed.strip());
            if (m.matches() && key(listed.strip().substring(0, m.start(1))).equals(textKey)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text could begin a listed title that goes on in the next lines. */
    public boolean begins(String text) {
        String k = key(text);
        return k.length() >= 3 && keys.stream().anyMatch(x -> x.startsWith(k) && x.length() > k.length());
    }

    /** The words of a title, for comparing: letters and digits, lower-cased, "&" read as "and". */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("&", " and ").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
