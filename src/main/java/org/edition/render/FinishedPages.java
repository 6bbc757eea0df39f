package org.edition.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The finished pages of the last render, for a renderer that renders the same site again and again (the
 * preview). Finishing a page — parsing it, linking its terms and passages, checking it and serialising it
 * — depends on nothing but its path, its template's name, its root and the text the template wrote, so a
 * page whose template wrote, to the character, what it wrote last time finishes to the bytes it finished
 * to then: those bytes are taken again instead of the page being parsed once more. The text is known by
 * its SHA-256; a page that failed its check is never remembered (it is checked, and fails, again). What
 * the templates are does not matter (only what they wrote), so the memory outlives a change of templates:
 * after a stylesheet edit, say, every page is taken again.
 *
 * <p>Thread-safe: pages are finished on every core.
 */
public final class FinishedPages {
    /** A finished page: the digest of what it was made from, and its bytes. */
    private record Finished(byte[] digest, byte[] bytes) {
    }

    private final Map<String, Finished> byPath = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger recalled = new AtomicInteger();

    /** An empty memory, for the renderers of one preview. */
    public FinishedPages() {
        // Filled as pages are finished.
    }

    /** Starts a render of a site of these page paths: pages no longer in it are forgotten, the counts restart. */
    void startRender(Collection<String> paths) {
        Set<String> kept = new HashSet<>(paths);
        byPath.keySet().retainAll(kept);
        finished.set(0);
        recalled.set(0);
    }

    /** The bytes the page at this path finished to last time from the same digest, or {@code null}. */
    byte[] recall(String path, byte[] digest) {
        Finished known = byPath.get(path);
        if (known != null && Arrays.equals(known.digest(), digest)) {
            recalled.incrementAndGet();
            return known.bytes();
        }
        return null;
    }

    /** Remembers what a page finished to. */
    void remember(String path, byte[] digest, byte[] bytes) {
        finished.incrementAndGet();
        byPath.put(path, new Finished(digest, bytes));
    }

    /** Pages finished afresh since the render started. */
    int finished() {
        return finished.get();
    }

    /** Pages taken from the last render. */
    int recalled() {
        return recalled.get();
    }
}
