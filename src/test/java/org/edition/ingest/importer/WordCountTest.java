package org.edition.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountTest {
    /** The count is what {@code split("\\s+").length} gives, on texts with white space of every kind anywhere, or nothing else. */
    @Test
    void wordsAreCountedAsTheSplitCountsThem() {
        Random random = new Random(7);
        String alphabet = "ab \t\u000b\f\r\n\u00a0\u2003\u001c.";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(t.split("\\s+").length, WordCount.of(t), "'" + t + "'");
        }
        for (String t : new String[] {"", " ", "a", " a", "a ", " a b  c ", "\u00a0"}) {
            assertEquals(t.split("\\s+").length, WordCount.of(t), "'" + t + "'");
        }
    }
}
