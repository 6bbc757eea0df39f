package org.edition.ingest.pdftext;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words of the whole source with how often each occurs, as evidence for decisions about words
 * broken at line ends: a word counts only where it stands whole on a line.
 */
public final class Vocabulary {
    private final Map<String, Integer> counts = new TreeMap<>();

    private Vocabulary() {
    }

    /** Counts the words of a source, leaving out the pieces of words broken at line ends. */
    public static Vocabulary of(SourceLines lines) {
        Vocabulary v = new Vocabulary();
        boolean previousBroken = false;
        for (SourceLine line : lines.all()) {
            if (line.blank()) {
                continue;
            }
            String[] tokens = line.text().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                boolean brokenHere = i == tokens.length - 1 && tokens[i].endsWith("-");
                boolean restOfBroken = i == 0 && previousBroken;
                if (!brokenHere && !restOfBroken) {
                    v.add(tokens[i]);
                }
            }
            previousBroken = tokens[tokens.length - 1].endsWith("-") && !tokens[tokens.length - 1].contains("/");
        }
        return v;
    }

    /** Counts the words of a text given as a string (for tests). */
    public static Vocabulary of(String text) {
        return of(SourceLines.of(text));
    }

    private void add(String token) {
        String word = normalise(token);
        if (!word.isEmpty() && !word.contains("/")) {
            counts.merge(word, 1, Integer::sum);
        }
    }

    /** How often the word occurs whole, ignoring case and surrounding punctuation. */
    public int count(String word) {
        return counts.getOrDefault(normalise(word), 0);
    }

    /** The word lower-cased, without the punctuation and note numbers around it. */
    static String normalise(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
