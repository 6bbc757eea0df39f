package org.edition.ingest.unseen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Breaks text into lines of at most a given width the way a typesetter does, deterministically:
 * words move whole to the next line; a URL that does not fit is broken after a slash or a hyphen;
 * a compound word is broken after its own hyphen; and, if asked, a long ordinary word is broken
 * between two consonants with a line-end hyphen ({@code infor-} / {@code mation}).
 *
 * <p>Note references, written {@code [^n]} in the truth, come out as the bare number glued to the
 * word before them ({@code century.1}), and each line knows the labels it carries.
 */
final class LineBreaker {
    private static final String VOWELS = "aeiouy";

    private final int width;
    private final boolean hyphenate;

    /**
     * @param width     the longest line, in characters
     * @param hyphenate whether long ordinary words may be broken with a line-end hyphen
     */
    LineBreaker(int width, boolean hyphenate) {
        this.width = width;
        this.hyphenate = hyphenate;
    }

    /** A token with the labels of the references glued to it. */
    private record Word(String text, List<String> labels) {
    }

    /** Wraps a text whose references are written {@code [^n]}. */
    List<PageComposer.Line> wrap(String text) {
        Deque<Word> words = new ArrayDeque<>();
        for (String token : Similarity.tokens(text)) {
            List<String> labels = TruthDocument.referencesIn(token);
            Matcher m = TruthDocument.REFERENCE.matcher(token);
            words.add(new Word(m.replaceAll("$1"), labels));
        }
        List<PageComposer.Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> labels = new ArrayList<>();
        while (!words.isEmpty()) {
            Word word = words.poll();
            int room = line.length() == 0 ? width : width - line.length() - 1;
            if (word.text().length() <= room) {
                line.append(line.length() == 0 ? "" : " ").append(word.text());
                labels.addAll(word.labels());
                continue;
            }
            int cut = cut(word.text(), room);
            if (cut > 0) {
                line.append(line.length() == 0 ? "" : " ").append(word.text(), 0, cut);
                if (!word.text().startsWith("http") && word.text().charAt(cut - 1) != '-') {
                    line.append('-');
                }
                words.push(new Word(word.text().substring(cut), word.labels()));
            } else if (line.length() == 0) {
                line.append(word.text());
                labels.addAll(word.labels());
            } else {
                words.push(word);
            }
            lines.add(PageComposer.Line.text(line.toString(), labels));
            line.setLength(0);
            labels = new ArrayList<>();
        }
        if (line.length() > 0) {
            lines.add(PageComposer.Line.text(line.toString(), labels));
        }
        return lines;
    }

    /**
     * Where a word that does not fit in {@code room} characters is cut, the first part staying on
     * the line (with a hyphen added for an ordinary word); 0 if it moves whole to the next line.
     */
    private int cut(String word, int room) {
        if (word.startsWith("http")) {
            int host = word.indexOf("//") + 6;
            for (int k = Math.min(room, word.length() - 4); k >= host && room >= 12; k--) {
                if (word.charAt(k - 1) == '/' || word.charAt(k - 1) == '-') {
                    return k;
                }
            }
            return 0;
        }
        for (int k = Math.min(room, word.length() - 2); k >= 3 && room >= 4; k--) {
            if (word.charAt(k - 1) == '-' && Character.isLetterOrDigit(word.charAt(k - 2))
                    && Character.isLetterOrDigit(word.charAt(k))) {
                return k;
            }
        }
        return hyphenate && room >= 6 ? syllableCut(word, room - 1) : 0;
    }

    /** A cut between two consonants with vowels on both sides, in a lower-case word of 8 letters or more. */
    private static int syllableCut(String word, int room) {
        int letters = 0;
        while (letters < word.length() && Character.isLowerCase(word.charAt(letters))) {
            letters++;
        }
        if (letters < 8 || word.indexOf('-') >= 0) {
            return 0;
        }
        for (int p = Math.min(room, letters - 3); p >= 3; p--) {
            if (isVowel(word.charAt(p - 2)) && !isVowel(word.charAt(p - 1)) && !isVowel(word.charAt(p))
                    && isVowel(word.charAt(p + 1))) {
                return p;
            }
        }
        return 0;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
