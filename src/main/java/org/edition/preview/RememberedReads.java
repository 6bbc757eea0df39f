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
 * <p>Not thread-safe: one warm build uses it at a time.
 */
final class RememberedReads implements IngestMemo {
    private static final String REPORT = "report";
    private Map<String, Read<?>> previous = new HashMap<>();
    private Map<String, Read<?>> current = new HashMap<>();
    private int read;
    private int recalled;

    /** Starts a build: what the last build used can be recalled, the rest is forgotten. */
    void startBuild() {
        previous = current;
        current = new HashMap<>();
        read = 0;
        recalled = 0;
    }

    /** Ends a build that failed: what the failed build did not reach stays remembered. */
    void abandonBuild() {
        previous.putAll(current);
        current = previous;
    }

    /** How many reports (sources) the build in progress (or the last one) read from their files. */
    int read() {
        return read;
    }

    /** How many it took from memory. */
    int recalled() {
        return recalled;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Read<T> recall(String what, List<Path> inputs, Supplier<Read<T>> reader) {
        String key = fingerprint(what, inputs);
        Read<?> known = previous.get(key);
        if (known == null) {
            known = current.get(key);
        }
        boolean report = what.equals(REPORT);
        if (known != null) {
            recalled += report ? 1 : 0;
            current.put(key, known);
            return (Read<T>) known;
        }
        Read<T> fresh = reader.get();
        read += report ? 1 : 0;
        if (key.equals(fingerprint(what, inputs))) {
            current.put(key, fresh);
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
