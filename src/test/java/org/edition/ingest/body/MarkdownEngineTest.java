package org.edition.ingest.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
    /** An HTML comment of some thousands of characters in one paragraph overflowed a thread's usual stack in flexmark (found by fuzzing). */
    @Test
    void aLongHtmlCommentInAParagraphIsParsedOnADeepStack() throws Exception {
        String markdown = "Words before <!-- " + "an unclosed comment ".repeat(2_000) + "\n";
        Thread small = new Thread(null, () -> ENGINE_FOR_STACKS.parse(markdown), "small-stack", 512 * 1024);
        Throwable[] failed = new Throwable[1];
        small.setUncaughtExceptionHandler((t, e) -> failed[0] = e);
        small.start();
        small.join();
        assertEquals(null, failed[0], "parsed from a thread of half a megabyte of stack");
        assertTrue(ENGINE_FOR_STACKS.renderText("A note <!-- " + "unclosed ".repeat(4_000)).text().startsWith("A note"));
    }

    /** Still too deep for the deep stack: the user's error, not a crash. */
    @Test
    void aTextTooDeepEvenForTheDeepStackIsTheUsersError() {
        org.edition.diagnostics.EditionException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.edition.diagnostics.EditionException.class, () -> MarkdownEngine.onDeepStack(MarkdownEngineTest::endless));
        assertTrue(e.getMessage().contains("deeper than its parser can follow"), e.getMessage());
    }

    private static int endless() {
        return endless() + 1;
    }

    private static final MarkdownEngine ENGINE_FOR_STACKS = new MarkdownEngine();

    private final MarkdownEngine engine = new MarkdownEngine();

    /** Characters that mean something to Markdown, HTML or white space, among ordinary ones. */
    private static final String ALPHABET = "abcXYZ019 .,;:'\"()?/$%^{}=+-*_`\\[]<>&!#|~@\t\u00a0\u2028\u0085\u00e9\u201c\u2014\r";

    @Test
    void aPlainTextRendersAsFlexmarkAndTheSanitiserRenderIt() {
        Random random = new Random(13);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // mostly letters and spaces, so that many texts are plain
                text.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : "ab ".charAt(random.nextInt(3)));
            }
            String markdown = text + (random.nextBoolean() ? "\n" : "");
            if (MarkdownEngine.isPlain(markdown.strip().equals(markdown) ? markdown : markdown.replaceFirst("\n$", ""))) {
                plain++;
            }
            assertEquals(engine.renderParsed(markdown).outerHtml(), engine.renderText(markdown).outerHtml(), markdown);
        }
        assertTrue(plain > 2_000, "too few plain texts generated: " + plain);
    }

    @Test
    void whatOpensMarkupIsNotPlain() {
        for (String text : new String[] {"1. one", "12) twelve", "- item", "> quoted", "# heading", "a *b*", "a [^1]", "x &amp; y",
                "<b>x</b>", " lead", "trail ", "tab\there", "a\nb", "=", "2017."}) {
            assertFalse(MarkdownEngine.isPlain(text), text);
        }
        for (String text : new String[] {"2017", "In 2017, the treaty (New START) held.", "“Quoted” — and é", "50 per cent"}) {
            assertTrue(MarkdownEngine.isPlain(text), text);
        }
    }
}
