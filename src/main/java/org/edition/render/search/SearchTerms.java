package org.edition.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.link.compare.Words;

/**
 * The words search indexes and looks for, cut and normalised exactly as {@code search.js} does in the
 * browser: a word is a run of letters, marks and digits (an apostrophe inside it kept: "don't", "Russia's");
 * it is lower-cased, its accents dropped (NFKD, then combining marks removed), a possessive "'s" and other
 * apostrophes removed, and a plural reduced by Harman's S-stemmer ("sanctions" → "sanction", "treaties" →
 * "treaty"), the comparisons' own ({@link Words#stem}), which {@code search.js} repeats. Function words (lunr's English list, as the search had before) are not indexed, but keep their
 * place in the count of positions, so that a phrase is matched with its small words in between.
 */
public final class SearchTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** lunr 2.3.9's English stop words. */
    static final Set<String> STOP = Set.of("a", "able", "about", "across", "after", "all", "almost", "also", "am", "among",
            "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did",
            "do", "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her",
            "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like",
            "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often", "on",
            "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so", "some",
            "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us",
            "wants", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "yet", "you", "your");

    private SearchTerms() {
    }

    /**
     * The indexed words of a text, in order, each with its position among all the text's words (function
     * words counted but left out).
     */
    public static List<Term> of(String text) {
        List<Term> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int position = 0;
        while (m.find()) {
            String term = normalise(m.group());
            if (!term.isEmpty() && !STOP.contains(term)) {
                out.add(new Term(term, position));
            }
            position++;
        }
        return out;
    }

    /** A word of a text and its position among the text's words. */
    public record Term(String text, int position) {
    }

    /** One word as it is indexed: lower case, no accents, no apostrophes, singular. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!isAscii(w)) {
            w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFKD)).replaceAll("");
        }
        w = w.replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return Words.stem(w.replace("'", ""));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
