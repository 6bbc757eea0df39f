package org.edition.ingest.unseen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measures of sameness the scorer uses: word keys, word alignment and text similarity. */
final class Similarity {

    private Similarity() {
    }

    /** The whitespace-separated tokens of a text. */
    static List<String> tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /**
     * The key of a word for matching references and pull quotes: its letters and digits, lower
     * case ({@code “trade.”} and {@code Trade} both give {@code trade}; {@code long-term} gives
     * {@code longterm}). A token without letters or digits is its own key.
     */
    static String wordKey(String token) {
        StringBuilder key = new StringBuilder();
        token.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.length() == 0 ? token : key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A longest common subsequence of two token lists, as pairs of indices {@code [i, j]} with
     * {@code a[i].equals(b[j])}, in increasing order.
     */
    static List<int[]> alignment(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            pairs.add(new int[] {k, k});
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(prefix + i).equals(b.get(prefix + j))) {
                pairs.add(new int[] {prefix + i++, prefix + j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            pairs.add(new int[] {a.size() - suffix + k, b.size() - suffix + k});
        }
        return pairs;
    }

    /** Dice similarity of two token lists by their common subsequence: 2·LCS / (|a| + |b|); 1 for two empty lists. */
    static double tokenSimilarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * alignment(a, b).size() / (a.size() + b.size());
    }

    /**
     * Character similarity: 1 − (edit distance / length of the longer text), counting insertions,
     * deletions and substitutions of single characters; 1 for two empty texts.
     */
    static double characterSimilarity(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length == 0 && y.length == 0) {
            return 1;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[y.length] / Math.max(x.length, y.length);
    }
}
