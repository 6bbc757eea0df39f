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
 * matching any run of white space, a form of any letter case matching with Unicode case folding), but
 * looked for only where a form can begin: at the start of a word whose first character is that of some
 * form. There the character before is read as the look-behind reads it (one UTF-16 character: half of a
 * surrogate pair is no letter, as in an expression of characters of the Basic Multilingual Plane only),
 * and the forms that can begin with the character are tried in the order given, as the alternation tries
 * them: most forms compared character by character as the engine compares them (see {@link #comparable}),
 * the code point after read as the look-ahead reads it; the others with the engine, on an expression of
 * their own. Over a glossary of some hundred forms that is most of the work saved.
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
    /** The same pieces folded ({@link #fold}), for the forms of any case. */
    private final char[][] foldedHeads;
    /**
     * The words of each form compared character by character (see the class), as written and folded; null
     * for a form tried with the engine.
     */
    private final char[][][] words;
    private final char[][][] foldedWords;
    /** Each form's own expression, the form and the look-ahead after it, compiled when first needed (forms the engine must read). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Pattern> own;
    /** First character of the text → the forms that can begin with it (null: none); ASCII looked up in an array. */
    private final Group[] ascii = new Group[128];
    private final Map<Character, Optional<Group>> others = new ConcurrentHashMap<>();
    /** The ASCII characters that continue a word (letters, digits, '_'), looked up rather than asked of {@link Character}. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    /** Each ASCII character folded ({@link #fold}), looked up. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = c == '_' || Character.isLetterOrDigit(c);
            ASCII_FOLD[c] = Character.toLowerCase(Character.toUpperCase(c));
        }
    }

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

    /**
     * The forms that can begin with one character: their positions in the list, in order, and the second
     * character of each one's first word, as written and folded (0: none), the quick test of the next character.
     */
    private record Group(int[] forms, char[] second, char[] secondFolded, boolean[] anyCase) {
    }

    /** A finder of the given forms, the first given winning where several fit at one place. */
    public FormFinder(List<Form> forms) {
        this.forms = List.copyOf(forms);
        this.heads = new char[forms.size()][];
        this.foldedHeads = new char[forms.size()][];
        this.words = new char[forms.size()][][];
        this.foldedWords = new char[forms.size()][][];
        this.own = new java.util.concurrent.atomic.AtomicReferenceArray<>(forms.size());
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
            words[k] = comparable(f);
            if (words[k] != null) {
                foldedWords[k] = new char[words[k].length][];
                for (int w = 0; w < words[k].length; w++) {
                    foldedWords[k][w] = words[k][w].clone();
                    for (int j = 0; j < words[k][w].length; j++) {
                        foldedWords[k][w][j] = fold(words[k][w][j]);
                    }
                }
            }
            foldedHeads[k] = heads[k].clone();
            for (int j = 0; j < foldedHeads[k].length; j++) {
                foldedHeads[k][j] = fold(heads[k][j]);
            }
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
        Matcher[] matchers = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (i > 0 && insideWord(text, i)) {
                i++;
                continue;
            }
            char c = text.charAt(i);
            Group g = c < 128 ? ascii[c] : others.computeIfAbsent(c, this::groupFor).orElse(null);
            int end = g == null ? -1 : first(g, text, i, matchers == null ? matchers = new Matcher[forms.size()] : matchers);
            if (end >= 0) {
                out.add(new Found(i, end, text.substring(i, end)));
                i = end > i ? end : i + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Where the first form of the group (in the given order) that fits the text at i ends, or −1: what the
     * alternation of the group's forms, between the look-behind and the look-ahead, matches at i.
     */
    private int first(Group g, String text, int i, Matcher[] matchers) {
        int n = text.length();
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        if (!Character.isSurrogate(before) && isWordChar(before)) {
            return -1;
        }
        int[] ks = g.forms();
        char[] second = g.second();
        for (int x = 0; x < ks.length; x++) {
            int k = ks[x];
            if (second[x] != 0 && (i + 1 >= n || !fits(second[x], g.secondFolded()[x], text.charAt(i + 1), g.anyCase()[x]))) {
                continue;
            }
            if (words[k] != null) {
                int end = compared(k, text, i);
                if (end >= 0) {
                    return end;
                }
                continue;
            }
            if (!headFits(k, text, i)) {
                continue;
            }
            Matcher m = matchers[k];
            if (m == null) {
                m = matchers[k] = ownPattern(k).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * The words of a form that can be compared character by character, or null: no surrogate, no empty word (a
     * space at either end, two together), no white space but the spaces between words, and, for a form of any
     * case, no word of one character (the engine compares a lone character of no case exactly, a character
     * inside a word folded).
     */
    private static char[][] comparable(Form f) {
        String[] pieces = f.text().split(" ", -1);
        char[][] out = new char[pieces.length][];
        for (int w = 0; w < pieces.length; w++) {
            String piece = pieces[w];
            if (piece.isEmpty() || f.anyCase() && piece.length() == 1
                    || piece.chars().anyMatch(c -> Character.isSurrogate((char) c) || isSpace((char) c))) {
                return null;
            }
            out[w] = piece.toCharArray();
        }
        return out;
    }

    /**
     * Where form k, compared character by character, ends if it fits the text at i, or −1: each word as the
     * engine compares it, each space between words one or more of the white space {@code \s} matches (no
     * word begins with white space, so the engine's greedy run is the only one that can fit), and after the
     * last word what the look-ahead accepts.
     */
    private int compared(int k, String text, int i) {
        char[][] ws = words[k];
        char[][] folded = foldedWords[k];
        boolean anyCase = forms.get(k).anyCase();
        int n = text.length();
        int at = i;
        for (int w = 0; w < ws.length; w++) {
            if (w > 0) {
                int space = at;
                while (at < n && isSpace(text.charAt(at))) {
                    at++;
                }
                if (at == space) {
                    return -1;
                }
            }
            char[] word = ws[w];
            if (at + word.length > n) {
                return -1;
            }
            for (int j = 0; j < word.length; j++) {
                if (!fits(word[j], folded[w][j], text.charAt(at + j), anyCase)) {
                    return -1;
                }
            }
            at += word.length;
        }
        return at == n || !isWordChar(text.codePointAt(at)) ? at : -1;
    }

    /** Whether the engine's {@code \s} (without Unicode classes) matches c: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether the first literal piece of form k fits the text at i (a match needs it). */
    private boolean headFits(int k, String text, int i) {
        char[] head = heads[k];
        char[] folded = foldedHeads[k];
        boolean anyCase = forms.get(k).anyCase();
        if (i + head.length > text.length()) {
            return false;
        }
        int j = 0;
        while (j < head.length && fits(head[j], folded[j], text.charAt(i + j), anyCase)) {
            j++;
        }
        return j == head.length;
    }

    /** Form k's own expression: the form and the look-ahead (the look-behind is read before, by {@link #first}). */
    private Pattern ownPattern(int k) {
        Pattern p = own.get(k);
        if (p == null) {
            own.compareAndSet(k, null, Pattern.compile(alternatives.get(k) + AFTER));
            p = own.get(k);
        }
        return p;
    }

    /** Whether a code point is in {@code [\p{L}\p{N}_]}, the class the look-behind and look-ahead exclude. */
    private static boolean isWordChar(int c) {
        if (c < 128) {
            return ASCII_WORD[c];
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Whether a character of the text may match a character of a form: the same or, for a form of any case,
     * either folding to the other ({@code toLowerCase(toUpperCase(x))}, as the engine compares under Unicode case).
     */
    private static boolean fits(char form, char text, boolean anyCase) {
        return fits(form, fold(form), text, anyCase);
    }

    /** {@link #fits(char, char, boolean)} with the form's character folded already. */
    private static boolean fits(char form, char foldedForm, char text, boolean anyCase) {
        return form == text || anyCase && (foldedForm == text || foldedForm == fold(text));
    }

    /**
     * Whether the character before position i surely continues a word, so that no form can begin at i. It is
     * read as the engine's look-behind reads it: the code point that starts at i − 1 (so the second half of a
     * surrogate pair does not count as a letter).
     */
    private static boolean insideWord(String text, int i) {
        char before = text.charAt(i - 1);
        if (before < 128) {
            return ASCII_WORD[before];
        }
        return Character.isLetter(Character.isHighSurrogate(before) ? text.codePointAt(i - 1) : before);
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
        int[] ks = fitting.stream().mapToInt(Integer::intValue).toArray();
        char[] second = new char[ks.length];
        char[] secondFolded = new char[ks.length];
        boolean[] anyCase = new boolean[ks.length];
        for (int x = 0; x < ks.length; x++) {
            char[] head = heads[ks[x]];
            second[x] = head.length >= 2 ? head[1] : 0;
            secondFolded[x] = fold(second[x]);
            anyCase[x] = forms.get(ks[x]).anyCase();
        }
        return Optional.of(new Group(ks, second, secondFolded, anyCase));
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
        return c < 128 ? ASCII_FOLD[c] : Character.toLowerCase(Character.toUpperCase(c));
    }
}
