package org.edition.archive;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A payload manifest ({@code manifest-ALG.txt}) or tag manifest ({@code tagmanifest-ALG.txt}): a checksum
 * and a path per line, the path percent-decoded as RFC 8493 §2.1.3 says.
 *
 * @param name      the manifest's file name
 * @param algorithm its algorithm as BagIt names it ({@code sha256})
 * @param jdkName   the algorithm's name for {@link java.security.MessageDigest}
 * @param entries   path → checksum (lower case) and line
 */
record ManifestFile(String name, String algorithm, String jdkName, Map<String, Entry> entries) {
    private static final Map<String, String> ALGORITHMS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    /** One line: a file's checksum and where the manifest says so. */
    record Entry(String checksum, int line) {
    }

    ManifestFile {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The algorithm of a manifest named {@code manifest-ALG.txt} or {@code tagmanifest-ALG.txt}. */
    static String algorithmOf(String name) {
        return name.substring(name.indexOf('-') + 1, name.length() - ".txt".length()).toLowerCase(Locale.ROOT);
    }

    /** The JDK's name for a BagIt algorithm, if this tool knows it. */
    static Optional<String> jdkName(String algorithm) {
        return Optional.ofNullable(ALGORITHMS.get(algorithm));
    }

    /**
     * Reads a manifest.
     *
     * @param payload true for a payload manifest (every path under {@code data/}), false for a tag manifest
     *                (no path under {@code data/})
     * @throws BagUnreadable naming the line of a malformed entry or of a path outside the bag
     */
    static ManifestFile read(BagSource bag, String name, String jdkName, boolean payload) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        List<String> lines = TagText.lines(bag, name);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int space = firstSpace(line);
            String rest = space < 0 ? "" : line.substring(space).stripLeading();
            if (space <= 0 || rest.isEmpty()) {
                throw new BagUnreadable(name, i + 1, "not a checksum followed by a path: " + line);
            }
            String path = decode(rest.startsWith("*") ? rest.substring(1) : rest);
            if (!safe(path)) {
                throw new BagUnreadable(name, i + 1, "names a path outside the bag: " + path);
            }
            if (payload != path.startsWith("data/")) {
                throw new BagUnreadable(name, i + 1, payload ? "lists a file outside data/: " + path
                        : "a tag manifest lists a payload file: " + path);
            }
            if (entries.put(path, new Entry(line.substring(0, space).toLowerCase(Locale.ROOT), i + 1)) != null) {
                throw new BagUnreadable(name, i + 1, "lists " + path + " twice");
            }
        }
        return new ManifestFile(name, algorithmOf(name), jdkName, entries);
    }

    private static int firstSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ' || line.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** Undoes the percent-encoding of CR, LF and % (and only those). */
    static String decode(String path) {
        StringBuilder s = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            String code = i + 3 <= path.length() && path.charAt(i) == '%' ? path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT) : "";
            switch (code) {
                case "0A" -> s.append('\n');
                case "0D" -> s.append('\r');
                case "25" -> s.append('%');
                default -> {
                    s.append(path.charAt(i));
                    continue;
                }
            }
            i += 2;
        }
        return s.toString();
    }

    private static boolean safe(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
