package org.edition.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.edition.ingest.IngestMemo;
import org.edition.ingest.source.SourceDecoder;

/**
 * What the last build read — each report, the glossary, the annotations, the themes — by the content
 * of the files each was read from (a report's source, its sidecars, the emendations file): a rebuild
 * reads again only what comes from files that changed. What the last build did not use is forgotten, so
 * the memory held is one edition's.
 *
 * <p>One warm build uses it at a time, but that build reads its sources on every core: recalling is
 * thread-safe (the maps and counts are guarded by this object; reading runs outside the lock).
 */
final class RememberedReads implements IngestMemo {
    private static final String REPORT = "report";
    private Map<String, Read<?>> previous = new HashMap<>();
    private Map<String, Read<?>> current = new HashMap<>();
    private int read;
    private int recalled;

    /** Starts a build: what the last build used can be recalled, the rest is forgotten. */
    synchronized void startBuild() {
        previous = current;
        current = new HashMap<>();
        read = 0;
        recalled = 0;
    }

    /** Ends a build that failed: what the failed build did not reach stays remembered. */
    synchronized void abandonBuild() {
        previous.putAll(current);
        current = previous;
    }

    /** How many reports (sources) the build in progress (or the last one) read from their files. */
    synchronized int read() {
        return read;
    }

    /** How many it took from memory. */
    synchronized int recalled() {
        return recalled;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Read<T> recall(String what, List<Path> inputs, Supplier<Read<T>> reader) {
        String key = fingerprint(what, inputs);
        boolean report = what.equals(REPORT);
        synchronized (this) {
            Read<?> known = previous.get(key);
            if (known == null) {
                known = current.get(key);
            }
            if (known != null) {
                recalled += report ? 1 : 0;
                current.put(key, known);
                return (Read<T>) known;
            }
        }
        Read<T> fresh = reader.get();
        boolean unchanged = key.equals(fingerprint(what, inputs));
        synchronized (this) {
            read += report ? 1 : 0;
            if (unchanged) {
                current.put(key, fresh);
            }
        }
        return fresh;
    }

    /** What is read, then each input's path and the SHA-256 of its bytes ("absent" if there is no such file). */
    private static String fingerprint(String what, List<Path> inputs) {
        StringBuilder key = new StringBuilder(what).append('\n');
        for (Path p : inputs) {
            key.append(p).append('\u0000');
            try {
                key.append(SourceDecoder.sha256(Files.readAllBytes(p)));
            } catch (NoSuchFileException e) {
                key.append("absent");
            } catch (IOException e) {
                key.append("unreadable ").append(System.nanoTime());
            }
            key.append('\n');
        }
        return key.toString();
    }
}
