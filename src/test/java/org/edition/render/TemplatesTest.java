package org.edition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.edition.diagnostics.EditionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    @TempDir
    Path folder;

    private static final String ENDLESS = "<#list 1..2000000000 as i></#list>";

    /** A loop that writes nothing, in the page's template, in one it includes, or in a macro it imports, stops at the time limit. */
    @Test
    void aLoopThatWritesNothingStopsAtTheTimeLimitWithTheTemplatesName() throws IOException {
        Files.writeString(folder.resolve("loop.ftlh"), "<p>before</p>" + ENDLESS);
        Files.writeString(folder.resolve("part.ftlh"), ENDLESS);
        Files.writeString(folder.resolve("includes.ftlh"), "<p>x</p><#include \"part.ftlh\">");
        Files.writeString(folder.resolve("macros.ftlh"), "<#macro spin><#list 1..2000000000 as i><#if i < 0>x</#if></#list></#macro>");
        Files.writeString(folder.resolve("imports.ftlh"), "<#import \"macros.ftlh\" as m><@m.spin/>");
        Templates templates = new Templates(folder, Duration.ofMillis(300));
        for (String name : new String[] {"loop.ftlh", "includes.ftlh", "imports.ftlh"}) {
            long start = System.nanoTime();
            EditionException e = assertThrows(EditionException.class, () -> templates.render(name, Map.of()), name);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertEquals(EditionException.Kind.TEMPLATE, e.kind());
            String message = e.diagnostics().get(0).toString();
            assertTrue(message.contains(folder.resolve(name).toString()) && message.contains("for more than 300 ms without finishing"), message);
            assertTrue(took >= 300, name + " stopped after " + took + " ms, before its time was up");
            assertFalse(Thread.currentThread().isInterrupted(), "the thread was left interrupted after " + name);
        }
    }

    @Test
    void aPageFinishedInTimeLeavesTheThreadUninterruptedAndItsTextWhole() throws IOException {
        Files.writeString(folder.resolve("page.ftlh"), "<#list 1..3 as i><p>${i}</p></#list>");
        Templates templates = new Templates(folder, Duration.ofSeconds(10));
        for (int n = 0; n < 200; n++) {
            assertEquals("<p>1</p><p>2</p><p>3</p>", templates.render("page.ftlh", Map.of()));
            assertFalse(Thread.interrupted(), "a page finished in time left its thread interrupted");
        }
    }

    /** The timer fires as the page is finished: the page is counted late, and its thread is not left interrupted. */
    @Test
    void aTimerThatFiresAsThePageEndsLeavesNoInterrupt() throws InterruptedException {
        PageDeadline deadline = PageDeadline.start(Duration.ofMillis(1));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!deadline.passed() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(deadline.passed());
        deadline.end();
        assertFalse(Thread.interrupted(), "the timer's interrupt was left on the thread");
    }
}
