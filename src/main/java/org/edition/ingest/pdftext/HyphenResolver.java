package org.edition.ingest.pdftext;

/**
 * Decides, case by case, whether a hyphen at a line end belongs to the word (a compound such as
 * "low-hanging", "Russia-related", "dog-eat-dog") or was put there by the layout to break a word
 * ("destabili-" + "sation"). The rest of the document is the evidence: the hyphenated or the joined
 * form occurring elsewhere, a capital or a number after the hyphen, a compound already hyphenated.
 * Without evidence the decision is a guess.
 */
public final class HyphenResolver {
    private final Vocabulary vocabulary;

    /** @param vocabulary the words of the whole source */
    public HyphenResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * What to do with a line-end hyphen.
     *
     * @param keep     whether the hyphen stays (a compound) or goes (a broken word)
     * @param guessed  whether the document gave no evidence either way
     * @param word     the word as it will read
     * @param reason   why, in a few words
     */
    public record Decision(boolean keep, boolean guessed, String word, String reason) {
    }

    /**
     * Decides about a hyphen.
     *
     * @param before the token that ends the line, with its hyphen ("‘low-")
     * @param after  the token that begins the next line ("hanging")
     */
    public Decision decide(String before, String after) {
        String left = leftWord(before);
        String right = rightWord(after);
        String hyphenated = left + "-" + right;
        String joined = left + right;
        if (right.isEmpty() || Character.isDigit(right.charAt(0))) {
            return new Decision(true, false, hyphenated, "a number follows the hyphen");
        }
        if (left.contains("-")) {
            return new Decision(true, false, hyphenated, "part of a longer hyphenated compound");
        }
        int asCompound = vocabulary.count(hyphenated);
        int asWord = vocabulary.count(joined);
        if (asCompound > 0 && asCompound >= asWord) {
            return new Decision(true, false, hyphenated, "“" + hyphenated + "” occurs elsewhere");
        }
        if (asWord > 0) {
            return new Decision(false, false, joined, "“" + joined + "” occurs elsewhere");
        }
        if (Character.isUpperCase(right.charAt(0)) && !left.equals(left.toUpperCase(java.util.Locale.ROOT))) {
            return new Decision(true, false, hyphenated, "a capital follows the hyphen");
        }
        if (left.length() >= 2 && right.length() >= 3 && vocabulary.count(left) > 0 && vocabulary.count(right) > 0) {
            return new Decision(true, true, hyphenated, "both parts are words of the text");
        }
        return new Decision(false, true, joined, "no evidence: taken as a word broken by the layout");
    }

    private static String leftWord(String token) {
        int start = 0;
        int end = token.endsWith("-") ? token.length() - 1 : token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        return token.substring(start, end);
    }

    private static String rightWord(String token) {
        int end = 0;
        while (end < token.length() && (Character.isLetterOrDigit(token.charAt(end)) || token.charAt(end) == '-')) {
            end++;
        }
        return token.substring(0, end);
    }
}
