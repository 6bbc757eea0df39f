package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words are cut as the regular expression {@code \p{L}[\p{L}\p{N}'’]*} cuts them (the definition, kept here). */
class WordsTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’]*");

    /** The definition: the expression's matches, lower-cased, without a possessive 's or trailing apostrophes. */
    private static List<Words.Word> byExpression(String text) {
        List<Words.Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replace('’', '\'').toLowerCase(Locale.ROOT);
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            w = w.replaceAll("'+$", "");
            if (!w.isEmpty()) {
                words.add(new Words.Word(w, m.start(), m.end()));
            }
        }
        return words;
    }

    @Test
    void cutsTheSeedSourcesAsTheExpressionDoes() throws Exception {
        for (String source : List.of("content/sources/lo-2017.txt", "content/sources/de-maio-dreyfus-2020.md")) {
            String text = Files.readString(Path.of(source));
            List<Words.Word> expected = byExpression(text);
            assertEquals(expected, Words.of(text));
            assertEquals(true, expected.size() > 5000, source + ": " + expected.size() + " words");
        }
    }

    @Test
    void cutsTextMadeToTripItAsTheExpressionDoes() {
        String[] pieces = {"US", "–", "Russia", "'s", "’s", "'", "’", "don't", "G20", "2017", "½", "Ⅻ", "İ", "ß", "é", "e\u0301",
            "\uD835\uDC00", "\uD83D\uDE00", "\uDC00", "\uD835", " ", "-", "_", ".", "x", "Σ", "ǅ", "ʰ", "ー", "中", "sanctions",
            "a", "b9", "word's", "z", "Q", "0", "`", "{", "@", "[", "~"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byExpression(text.toString()), Words.of(text.toString()), text.toString());
        }
    }
}
