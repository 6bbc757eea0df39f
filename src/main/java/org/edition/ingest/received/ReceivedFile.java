package org.edition.ingest.received;

import java.util.Objects;

/**
 * One input file as received, unchanged.
 *
 * @param path  its path inside the folder it was read from, with {@code /} separators ({@code sources/lo-2017.txt})
 * @param bytes its bytes, exactly as on disk
 */
public record ReceivedFile(String path, byte[] bytes) {
    public ReceivedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative path: " + path);
        }
    }
}
