package org.edition.publish.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's size and its SHA-256 and SHA-512 checksums, the two algorithms of the snapshot's manifests.
 *
 * @param bytes  size in bytes
 * @param sha256 lower-case hex SHA-256
 * @param sha512 lower-case hex SHA-512
 */
record Fixity(long bytes, String sha256, String sha512) {

    /** The fixity of bytes in memory. */
    static Fixity of(byte[] content) {
        MessageDigest a = digest("SHA-256");
        MessageDigest b = digest("SHA-512");
        a.update(content);
        b.update(content);
        return new Fixity(content.length, hex(a), hex(b));
    }

    /** The lower-case hex SHA-256 of bytes. */
    static String sha256Of(byte[] content) {
        MessageDigest a = digest("SHA-256");
        a.update(content);
        return hex(a);
    }

    /** The fixity of a file, read once. */
    static Fixity of(Path file) throws IOException {
        MessageDigest a = digest("SHA-256");
        MessageDigest b = digest("SHA-512");
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                a.update(buffer, 0, n);
                b.update(buffer, 0, n);
                size += n;
            }
        }
        return new Fixity(size, hex(a), hex(b));
    }

    /** A digest engine the JDK always has (SHA-1, SHA-256 and SHA-512 are required of every Java platform). */
    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest());
    }
}
