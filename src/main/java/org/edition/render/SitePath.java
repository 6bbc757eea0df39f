package org.edition.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule for a path inside the site: relative, {@code /}-separated, and portable — a name every
 * common file system (Linux, macOS, Windows) and every web server can hold. Whatever an input
 * holds (a report, glossary or theme id, an asset's file name), a path that breaks this rule is never
 * written: it could land outside the output folder ({@code ../x}, {@code /etc/x}, {@code C:\x}),
 * break the manifest (a line end in a name) or stop the site from being copied to another machine
 * ({@code con.html}, {@code a:b}).
 */
public final class SitePath {
    /** Names Windows keeps for devices, with or without an extension. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    /** Characters no segment may hold (besides control characters). */
    private static final String FORBIDDEN = "\\:*?\"<>|";
    /** The longest segment, in UTF-8 bytes (most file systems allow 255). */
    private static final int MAX_SEGMENT_BYTES = 255;

    private SitePath() {
    }

    /**
     * What is wrong with a site path, if anything.
     *
     * @param path a path such as {@code reports/lo-2017.html}
     * @return a phrase saying what is wrong ("holds a NUL character"), or empty if the path is fine
     */
    public static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.startsWith("/")) {
            return Optional.of("is absolute (starts with /)");
        }
        for (String segment : path.split("/", -1)) {
            Optional<String> p = segmentProblem(segment);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> segmentProblem(String segment) {
        if (segment.isEmpty()) {
            return Optional.of("has an empty part (// or a / at the end)");
        }
        if (segment.equals(".") || segment.equals("..")) {
            return Optional.of("has a '" + segment + "' part, which would lead out of its folder");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == 0) {
                return Optional.of("holds a NUL character");
            }
            if (c < 0x20 || c == 0x7F) {
                return Optional.of("holds a control character (U+" + String.format("%04X", (int) c) + ")");
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of("holds '" + c + "', which Windows does not allow in a file name"
                        + (c == '\\' ? " (it is its folder separator)" : c == ':' ? " (it names a drive or stream)" : ""));
            }
        }
        if (segment.endsWith(".") || segment.endsWith(" ")) {
            return Optional.of("has a part ending in a dot or space ('" + segment + "'), which Windows drops");
        }
        String base = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
        if (RESERVED.contains(base.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("uses the name '" + base + "', which Windows reserves for a device");
        }
        if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            return Optional.of("has a part longer than " + MAX_SEGMENT_BYTES + " bytes");
        }
        return Optional.empty();
    }
}
