package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text a theme's quote is compared as: the one-pass normaliser gives what its four expressions gave. */
class SynthesisLinkerTest {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‛′]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„″]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—]");

    /** The normaliser as it was written before: the replacements one after another. */
    private static String byExpressions(String s) {
        String t = s.replace('\u00a0', ' ').replace('\u202f', ' ');
        t = WHITE_SPACE.matcher(t).replaceAll(" ");
        t = SINGLE_QUOTES.matcher(t).replaceAll("'");
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        return DASHES.matcher(t).replaceAll("-").strip();
    }

    @Test
    void givesWhatTheExpressionsGaveForAnyText() {
        char[] alphabet = {'a', 'Z', '1', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u202f', '\u2003', '\u2028', '\u3000', '\u0085',
            '‘', '’', '‛', '′', '\'', '“', '”', '„', '″', '"', '‐', '‑', '‒', '–', '—', '-', '―', 'é', '\uD83D', '\uDE00', '.'};
        Random random = new Random(11);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(byExpressions(s), SynthesisLinker.normalise(s), () -> s.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void quotesAreComparedWithStraightQuotesHyphensAndSingleSpaces() {
        assertEquals("the 'so-called' \"reset\" - of 2009", SynthesisLinker.normalise("  the ‘so‑called’\u00a0 “reset” —\n of 2009 "));
    }
}
