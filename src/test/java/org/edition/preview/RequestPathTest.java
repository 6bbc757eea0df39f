package org.edition.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Request paths decoded once and strictly: a site path, or refused whatever the spelling. */
class RequestPathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/|''",
        "/index.html|index.html",
        "/reports/lo-2017.html|reports/lo-2017.html",
        "/glossary/|glossary/",
        "/glossary|glossary",
        "/glossary/caf%C3%A9.html|glossary/café.html",
        "/a%20b.html|a b.html",
        "/a+b.html|a+b.html",
        "/.edition-manifest|.edition-manifest",
        "/reports/..html|reports/..html"})
    void namesAPathOfTheSite(String raw, String expected) {
        assertEquals(Optional.of(expected), RequestPath.sitePath(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "index.html", "/..", "/../etc/passwd", "/reports/../../etc/passwd", "/./index.html",
        "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2E/etc/passwd", "/.%2e/etc/passwd", "/reports/%2e%2e/%2e%2e/x",
        "/reports%2flo-2017.html", "/reports%2F..%2F..%2Fetc%2Fpasswd", "/..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd",
        "/reports%5c..%5cindex.html", "/%5cetc%5cpasswd", "/c:%5cwindows", "/C:/windows/win.ini",
        "/%c0%ae%c0%ae/etc/passwd", "/%c0%af", "/%e0%80%ae%e0%80%ae/x", "/%00index.html", "/index.html%00.css",
        "/a%0ab", "/%", "/%2", "/%zz", "//etc/passwd", "/reports//lo-2017.html", "/reports/./lo-2017.html"})
    void refusesAnythingThatCouldLeaveTheSite(String raw) {
        assertEquals(Optional.empty(), RequestPath.sitePath(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%252e%252e/etc/passwd", "/%255c"})
    void decodesOnceSoADoubleEncodingIsAPlainName(String raw) {
        // "%252e" decodes to the three characters "%2e": a harmless file name no site holds.
        assertEquals(Optional.of(raw.substring(1).replace("%25", "%")), RequestPath.sitePath(raw));
    }
}
