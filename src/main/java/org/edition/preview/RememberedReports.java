package org.edition.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.edition.ingest.ReportMemo;
import org.edition.ingest.source.SourceDecoder;

/**
 * The reports of the last build, by the content of the files each was read from (the source, its
 * sidecars, the emendations file): a rebuild reads again only the sources whose files changed. What
 * the last build did not use is forgotten, so the memory held is one edition's reports.
 *
 * <p>Not thread-safe: one warm build uses it at a time.
 */
final class RememberedReports implements ReportMemo {
    private Map<String, Read> previous = new HashMap<>();
    private Map<String, Read> current = new HashMap<>();
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

    /** How many reports the build in progress (or the last one) read from their files. */
    int read() {
        return read;
    }

    /** How many it took from memory. */
    int recalled() {
        return recalled;
    }

    @Override
    public Read recall(List<Path> inputs, Supplier<Read> reader) {
        String key = fingerprint(inputs);
        Read known = previous.get(key);
        if (known == null) {
            known = current.get(key);
        }
        if (known != null) {
            recalled++;
            current.put(key, known);
            return known;
        }
        Read fresh = reader.get();
        read++;
        if (key.equals(fingerprint(inputs))) {
            current.put(key, fresh);
        }
        return fresh;
    }

    /** Each input's path and the SHA-256 of its bytes ("absent" if there is no such file). */
    private static String fingerprint(List<Path> inputs) {
        StringBuilder key = new StringBuilder();
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
