package org.edition.link.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into lower-case words for counting and comparing: a word starts with a letter and runs
 * through letters, digits and apostrophes ("g20", "don't"); hyphens and dashes separate words
 * ("US–Russia" is "us" and "russia"); a possessive "'s" is dropped. Knows the English function words that
 * say nothing about a passage's subject, and a light plural stemmer (Harman's S-stemmer, 1991).
 */
public final class Words {
    /** English function words, and words every paragraph of a report on relations between states uses. */
    static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "along", "also", "although", "am", "among", "an",
            "and", "another", "any", "are", "around", "as", "at", "back", "be", "because", "been", "before", "being",
            "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done",
            "down", "during", "each", "either", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "let", "like", "made", "make",
            "many", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now",
            "of", "off", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own",
            "per", "rather", "same", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
            "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through",
            "thus", "to", "too", "two", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well",
            "were", "what", "when", "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why",
            "will", "with", "within", "without", "would", "yet", "you", "your", "first", "second", "new", "s", "t");

    private Words() {
    }

    /** A word of a text and where it is. */
    public record Word(String text, int start, int end) {
    }

    /**
     * The words of a text, lower-cased, in order: each run that {@code \p{L}[\p{L}\p{N}'’]*} matches, read
     * code point by code point as the regular expression engine reads it (without its cost).
     */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                int d = text.codePointAt(i);
                if (!Character.isLetter(d) && !isNumber(d) && d != '\'' && d != '’') {
                    break;
                }
                i += Character.charCount(d);
            }
            String w = text.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT);
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            int end = w.length();
            while (end > 0 && w.charAt(end - 1) == '\'') {
                end--;
            }
            w = w.substring(0, end);
            if (!w.isEmpty()) {
                words.add(new Word(w, start, i));
            }
        }
        return words;
    }

    /** Whether a code point is in \p{N}: a decimal digit, a letter number or another number. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Whether a word says nothing about a passage's subject. */
    public static boolean isStop(String word) {
        return STOP.contains(word) || word.length() < 2;
    }

    /** The content words of a text, stemmed, in order: what the similarity measures compare. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (Word w : of(text)) {
            if (!isStop(w.text())) {
                terms.add(stem(w.text()));
            }
        }
        return terms;
    }

    /**
     * Harman's S-stemmer: "policies" → "policy", "sanctions" → "sanction"; "us", "ss" and "is" endings kept.
     * The search index stems with it too, and {@code search.js} repeats it in the browser: a change here
     * is a change there.
     */
    public static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
