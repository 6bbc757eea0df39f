package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a line of running text may cite as note references, before the note sequence judges them:
 * digits glued to a word or to punctuation ({@code debt.4}, {@code (GPRA)1}, {@code ”12}), bracketed
 * numbers ({@code [12]}), a star glued to a word ({@code Curiam:*}), and a number standing between a
 * sentence end and a new sentence ({@code ….” 1 The form}). The footnote reader uses them to know which
 * notes a page has cited.
 */
final class CitedNumbers {
    private static final Pattern GLUED = Pattern.compile("[\\p{L}\\p{M}.,;:!?’”\"')\\]](\\d{1,3})(?=[\\s.,;:!?)\\]’”\"]|$)");
    private static final Pattern BRACKETED = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final Pattern APART = Pattern.compile("[.,;:!?’”\"')] (\\d{1,3})(?=$| [\\p{Lu}“\"(])");
    private static final Pattern STAR = Pattern.compile("[\\p{L}.,;:!?’”\"')\\]]([*†‡])(?=\\s|$)");

    private CitedNumbers() {
    }

    /** The numbers the text may cite, in order; a star or dagger counts as 0. */
    static List<Integer> in(String text) {
        List<int[]> found = new ArrayList<>();
        collect(GLUED.matcher(text), found, false);
        collect(BRACKETED.matcher(text), found, false);
        collect(APART.matcher(text), found, false);
        collect(STAR.matcher(text), found, true);
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Integer> numbers = new ArrayList<>();
        found.forEach(f -> numbers.add(f[1]));
        return numbers;
    }

    /** The symbols ({@code *}, {@code †}) the text cites. */
    static List<String> symbolsIn(String text) {
        List<String> symbols = new ArrayList<>();
        Matcher m = STAR.matcher(text);
        while (m.find()) {
            symbols.add(m.group(1));
        }
        return symbols;
    }

    private static void collect(Matcher m, List<int[]> found, boolean symbol) {
        while (m.find()) {
            found.add(new int[] {m.start(1), symbol ? 0 : Integer.parseInt(m.group(1))});
        }
    }
}
