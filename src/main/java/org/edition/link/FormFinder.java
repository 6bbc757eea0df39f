package org.edition.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds forms — glossary terms and aliases, theme phrases — in text, on word boundaries, the first form
 * that fits winning where several start at one place: what one regular expression alternating every form
 * in the order given finds, {@code (?<![\p{L}\p{N}_])(?:form|form|…)(?![\p{L}\p{N}_])} (a space in a form
 * matching any run of white space, a form of any letter case matching with Unicode case folding), and
 * found with the same regular expression engine, but only where a form can begin: at the start of a word
 * whose first character is that of some form, with an expression that alternates only those forms (in
 * the same order). Over a glossary of some hundred forms that is most of the work saved.
 *
 * <p>Safe to share between threads.
 */
public final class FormFinder {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_])";
    private final List<Form> forms;
    private final List<String> alternatives = new ArrayList<>();
    /** The first literal piece of each form (up to its first space), as the cheap test of whether it can start here. */
    private final char[][] heads;
    /** First character of the text → the forms that can begin with it (null: none); ASCII looked up in an array. */
    private final Group[] ascii = new Group[128];
    private final Map<Character, Optional<Group>> others = new ConcurrentHashMap<>();

    /**
     * A form to look for.
     *
     * @param text    the form; a space stands for any run of white space
     * @param anyCase whether it matches in any letter case
     */
    public record Form(String text, boolean anyCase) {
    }

    /** A form found: where, and the text as it occurs. */
    public record Found(int start, int end, String text) {
    }

    /** The forms that can begin with one character: their positions in the list, and their expression. */
    private record Group(int[] forms, Pattern pattern) {
    }

    /** A finder of the given forms, the first given winning where several fit at one place. */
    public FormFinder(List<Form> forms) {
        this.forms = List.copyOf(forms);
        this.heads = new char[forms.size()][];
        for (int k = 0; k < forms.size(); k++) {
            Form f = forms.get(k);
            String quoted = Pattern.quote(f.text()).replace(" ", "\\E\\s+\\Q");
            alternatives.add(f.anyCase() ? "(?iu:" + quoted + ")" : quoted);
            String head = f.text().split(" ", -1)[0];
            int surrogate = 0;
            while (surrogate < head.length() && !Character.isSurrogate(head.charAt(surrogate))) {
                surrogate++;
            }
            heads[k] = head.substring(0, f.anyCase() ? surrogate : head.length()).toCharArray();
        }
        for (char c = 0; c < 128; c++) {
            ascii[c] = groupFor(c).orElse(null);
        }
    }

    /** The one expression alternating every form, as the finder's results are defined. */
    public String expression() {
        return BEFORE + "(?:" + String.join("|", alternatives) + ")" + AFTER;
    }

    /** Every form found in the text, left to right, never overlapping. */
    public List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Map<Group, Matcher> matchers = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            Group g = c < 128 ? ascii[c] : others.computeIfAbsent(c, this::groupFor).orElse(null);
            if (g == null || (i > 0 && insideWord(text, i)) || !anyHeadFits(g, text, i)) {
                i++;
                continue;
            }
            if (matchers == null) {
                matchers = new java.util.HashMap<>();
            }
            Matcher m = matchers.computeIfAbsent(g, x -> x.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
            m.region(i, n);
            if (m.lookingAt()) {
                out.add(new Found(m.start(), m.end(), m.group()));
                i = m.end() > i ? m.end() : i + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether the first literal piece of some form of the group fits the text at i (a match needs one that does). */
    private boolean anyHeadFits(Group g, String text, int i) {
        for (int k : g.forms()) {
            char[] head = heads[k];
            boolean anyCase = forms.get(k).anyCase();
            if (i + head.length > text.length()) {
                continue;
            }
            int j = 0;
            while (j < head.length && fits(head[j], text.charAt(i + j), anyCase)) {
                j++;
            }
            if (j == head.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a character of the text may match a character of a form: the same or, for a form of any case,
     * either folding to the other ({@code toLowerCase(toUpperCase(x))}, as the engine compares under Unicode case).
     */
    private static boolean fits(char form, char text, boolean anyCase) {
        return form == text || anyCase && (fold(form) == text || fold(form) == fold(text));
    }

    /**
     * Whether the character before position i surely continues a word, so that no form can begin at i. It is
     * read as the engine's look-behind reads it: the code point that starts at i − 1 (so the second half of a
     * surrogate pair does not count as a letter).
     */
    private static boolean insideWord(String text, int i) {
        int before = text.codePointAt(i - 1);
        return before == '_' || (before < 128 ? Character.isLetterOrDigit(before) : Character.isLetter(before));
    }

    /** The forms that can begin where the text has the character c, in the given order, with their expression. */
    private Optional<Group> groupFor(char c) {
        List<Integer> fitting = new ArrayList<>();
        for (int k = 0; k < forms.size(); k++) {
            if (canBegin(forms.get(k), c)) {
                fitting.add(k);
            }
        }
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        String expression = BEFORE + "(?:" + String.join("|", fitting.stream().map(alternatives::get).toList()) + ")" + AFTER;
        return Optional.of(new Group(fitting.stream().mapToInt(Integer::intValue).toArray(), Pattern.compile(expression)));
    }

    /**
     * Whether a form can match text beginning with c: its first character fits c (see {@link #fits}); a form
     * beginning with white space or half of a surrogate pair is always tried.
     */
    static boolean canBegin(Form form, char c) {
        if (form.text().isEmpty()) {
            return true;
        }
        char s = form.text().charAt(0);
        return Character.isWhitespace(s) || Character.isSurrogate(s) || Character.isSurrogate(c) || fits(s, c, form.anyCase());
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
