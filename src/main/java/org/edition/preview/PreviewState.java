package org.edition.preview;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.edition.diagnostics.Diagnostic;
import org.edition.render.Site;
import org.edition.render.SiteFile;

/**
 * What the preview serves: the last good site, numbered by generation, and the failure of the latest
 * build if it failed. Builds publish into it, the server reads it, and the live-reload requests wait on
 * it for the next change. Thread-safe.
 */
public final class PreviewState {

    /**
     * Why the latest build failed.
     *
     * @param number      a number for this failure, new for each failed build
     * @param diagnostics the build's messages, with file and line
     * @param summary     one sentence saying what stopped
     */
    public record Failure(long number, List<Diagnostic> diagnostics, String summary) {
        public Failure {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * One state of the preview.
     *
     * @param generation the number of the site served, new each time its bytes change (0 before the first good build)
     * @param files      the site's files by path
     * @param failure    the latest build's failure, if it failed
     */
    public record Snapshot(long generation, Map<String, byte[]> files, Optional<Failure> failure) {
        /** Whether a client that has seen this generation and failure must be told something. */
        boolean differsFrom(long seenGeneration, long seenFailure) {
            return seenGeneration != generation || seenFailure != failure.map(Failure::number).orElse(0L);
        }
    }

    private Snapshot current = new Snapshot(0, Map.of(), Optional.empty());
    private long failures;
    private boolean closed;

    /** The state now. */
    public synchronized Snapshot snapshot() {
        return current;
    }

    /**
     * Serves a newly built site and clears any failure. The generation moves on only if some file's
     * bytes differ from the site served until now.
     *
     * @return whether the site changed
     */
    public synchronized boolean publish(Site site) {
        Map<String, byte[]> files = new TreeMap<>();
        for (SiteFile f : site.files()) {
            files.put(f.path(), f.bytes());
        }
        boolean changed = current.generation() == 0 || !sameFiles(files, current.files());
        current = new Snapshot(changed ? current.generation() + 1 : current.generation(),
                changed ? java.util.Collections.unmodifiableMap(files) : current.files(), Optional.empty());
        notifyAll();
        return changed;
    }

    /** Records a failed build; the last good site keeps being served. */
    public synchronized Failure fail(List<Diagnostic> diagnostics, String summary) {
        Failure failure = new Failure(++failures, diagnostics, summary);
        current = new Snapshot(current.generation(), current.files(), Optional.of(failure));
        notifyAll();
        return failure;
    }

    /**
     * Waits until the state differs from what a client has seen, or the time is up.
     *
     * @param seenGeneration the generation of the page the client shows
     * @param seenFailure    the number of the failure it shows, 0 for none
     * @param timeout        how long to wait at most
     * @return the state then
     */
    public synchronized Snapshot await(long seenGeneration, long seenFailure, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed && !current.differsFrom(seenGeneration, seenFailure)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return current;
    }

    /** Ends every wait at once: the server is stopping. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
