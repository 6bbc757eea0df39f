package org.edition.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a URL written in a page of the site leads, resolved as a browser resolves it from that page.
 *
 * @param kind     what kind of address it is
 * @param scheme   the scheme, lower-case, for an address with one ({@code https}, {@code mailto} …); else empty
 * @param path     for a {@link Kind#LOCAL} address, the file's path inside the site (empty: the page itself)
 * @param fragment the part after {@code #}, decoded; empty if none
 */
record Address(Kind kind, String scheme, String path, String fragment) {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    /** The kinds of address. */
    enum Kind {
        /** Another host: {@code https://…} or {@code //host/…}. */
        REMOTE,
        /** A scheme that names no file: {@code mailto:}, {@code tel:}, {@code data:}, {@code javascript:} … */
        OTHER_SCHEME,
        /** A path from the host's root ({@code /assets/x.css}): wrong from {@code file://} and under a prefix. */
        ROOT_RELATIVE,
        /** A relative path that climbs out of the site. */
        OUTSIDE,
        /** A file of the site (or the page itself). */
        LOCAL
    }

    /**
     * Resolves a URL.
     *
     * @param from the path of the page (or stylesheet) it is written in
     * @param url  the URL as written
     */
    static Address resolve(String from, String url) {
        String u = url.strip();
        Matcher scheme = SCHEME.matcher(u);
        if (scheme.find()) {
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            boolean web = s.equals("http") || s.equals("https") || s.equals("ftp") || s.equals("ws") || s.equals("wss");
            return new Address(web ? Kind.REMOTE : Kind.OTHER_SCHEME, s, "", "");
        }
        if (u.startsWith("//") || u.startsWith("\\\\")) {
            return new Address(Kind.REMOTE, "", "", "");
        }
        int hash = u.indexOf('#');
        String fragment = hash < 0 ? "" : decode(u.substring(hash + 1));
        String rest = hash < 0 ? u : u.substring(0, hash);
        int query = rest.indexOf('?');
        String path = decode(query < 0 ? rest : rest.substring(0, query));
        if (path.startsWith("/")) {
            return new Address(Kind.ROOT_RELATIVE, "", path, fragment);
        }
        if (path.isEmpty()) {
            return new Address(Kind.LOCAL, "", "", fragment);
        }
        Deque<String> segments = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash >= 0) {
            for (String s : from.substring(0, slash).split("/")) {
                segments.addLast(s);
            }
        }
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return new Address(Kind.OUTSIDE, "", path, fragment);
                }
                segments.removeLast();
            } else if (!s.equals(".") && !(s.isEmpty() && i < parts.length - 1)) {
                segments.addLast(s);
            }
        }
        return new Address(Kind.LOCAL, "", String.join("/", segments), fragment);
    }

    /** Percent-decodes as UTF-8, leaving a malformed escape as written. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int hi = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
