package org.edition.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's path turned into a path of the site, or refused. The path is decoded once, strictly
 * (percent escapes as UTF-8, no {@code +}), and refused if any segment, decoded, is {@code .} or
 * {@code ..}, holds a slash, a backslash, a colon or a control character, or is empty inside the path: no
 * spelling of a path ({@code ..}, {@code %2e%2e}, {@code %2f}, {@code %5c}, overlong UTF-8) can name
 * anything but a file of the site. The site itself is a map held in memory, so even a path that passed
 * would only ever be looked up among the site's own files.
 */
final class RequestPath {
    private RequestPath() {
    }

    /**
     * The site path a raw request path names: {@code ""} for the home, {@code "glossary/"} for a folder,
     * {@code "reports/lo-2017.html"} for a file.
     *
     * @param rawPath the path as sent, still percent-encoded, without the query
     * @return the path inside the site, or empty if the path is refused
     */
    static Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (raw[i].isEmpty()) {
                if (last) {
                    segments.add("");
                    continue;
                }
                return Optional.empty();
            }
            Optional<String> decoded = decode(raw[i]);
            if (decoded.isEmpty() || !acceptable(decoded.get())) {
                return Optional.empty();
            }
            segments.add(decoded.get());
        }
        return Optional.of(String.join("/", segments));
    }

    private static boolean acceptable(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Percent-decodes one segment as UTF-8; empty for a malformed escape or malformed UTF-8. */
    private static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chars = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '%') {
                if (i + 2 >= chars.length) {
                    return Optional.empty();
                }
                int hi = Character.digit(chars[i + 1], 16);
                int lo = Character.digit(chars[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(chars[i]);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
