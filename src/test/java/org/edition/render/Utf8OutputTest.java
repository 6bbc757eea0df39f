package org.edition.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The finisher's UTF-8 writer gives the bytes the JDK's writer gives, for any text, however it is written. */
class Utf8OutputTest {

    @Test
    void givesTheJdksBytesForAnyText() throws IOException {
        Random random = new Random(13);
        char[] alphabet = {'a', 'é', '€', '\n', '<', '\uD83D', '\uDE00', '\uD800', '\uDFFF', 'ß', '\u00a0', '\uFFFF'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 1_990 ? 40 : 200_000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            text.append('\n'); // a page always ends with a line break, so no surrogate waits at the end
            String s = text.toString();
            assertArrayEquals(jdk(s), ours(s, random), "text " + round);
        }
    }

    @Test
    void remembersTheLastCharacter() throws IOException {
        Utf8Output out = new Utf8Output(new ByteArrayOutputStream());
        assertEquals(0, out.last());
        out.append("<p>x</p>");
        assertEquals('>', out.last());
    }

    private static byte[] jdk(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(s);
        }
        return bytes.toByteArray();
    }

    /** Written in pieces of random length, by each of the writer's ways of taking text. */
    private static byte[] ours(String s, Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output w = new Utf8Output(bytes);
        char[] chars = s.toCharArray();
        int at = 0;
        while (at < s.length()) {
            int n = Math.min(s.length() - at, 1 + random.nextInt(9));
            switch (random.nextInt(5)) {
                case 0 -> {
                    w.write(s.charAt(at));
                    n = 1;
                }
                case 1 -> w.write(s, at, n);
                case 2 -> w.write(chars, at, n);
                case 3 -> w.append(s, at, at + n);
                default -> {
                    w.append(s.charAt(at));
                    n = 1;
                }
            }
            at += n;
        }
        w.flush();
        return bytes.toByteArray();
    }
}
