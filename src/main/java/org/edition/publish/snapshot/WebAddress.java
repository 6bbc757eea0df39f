package org.edition.publish.snapshot;

import java.nio.charset.StandardCharsets;

/** The URL a site file is published at: its path under the edition's base URL, percent-encoded as RFC 3986 says. */
final class WebAddress {
    private static final String KEPT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";

    private WebAddress() {
    }

    /**
     * The URL of a site path.
     *
     * @param baseUrl the edition's base URL, ending in {@code /}
     * @param path    a site path ({@code reports/lo-2017.html}), or empty for the base URL itself
     */
    static String of(String baseUrl, String path) {
        StringBuilder s = new StringBuilder(baseUrl);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && KEPT.indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return s.toString();
    }
}
