package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses resolved from a page as a browser resolves them. */
class AddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reports/a.html|../index.html|LOCAL|index.html|''",
        "reports/a.html|b.html#p3|LOCAL|reports/b.html|p3",
        "reports/a.html|#note-1|LOCAL|''|note-1",
        "reports/a.html|./b.html?q=1#x|LOCAL|reports/b.html|x",
        "reports/a.html|../glossary/caf%C3%A9.html|LOCAL|glossary/café.html|''",
        "reports/a.html|../glossary/|LOCAL|glossary/|''",
        "index.html|search.html?q=nato|LOCAL|search.html|''",
        "reports/a.html|../../etc/passwd|OUTSIDE|../../etc/passwd|''",
        "reports/a.html|/assets/x.css|ROOT_RELATIVE|/assets/x.css|''",
        "reports/a.html|https://example.org/x|REMOTE|''|''",
        "reports/a.html|HTTP://example.org/x|REMOTE|''|''",
        "reports/a.html|//cdn.example/x.js|REMOTE|''|''",
        "reports/a.html|mailto:a@example.org|OTHER_SCHEME|''|''",
        "reports/a.html|data:,|OTHER_SCHEME|''|''"})
    void resolvesFromThePage(String from, String url, Address.Kind kind, String path, String fragment) {
        Address a = Address.resolve(from, url);
        assertEquals(kind, a.kind(), url);
        if (kind != Address.Kind.REMOTE && kind != Address.Kind.OTHER_SCHEME) {
            assertEquals(path, a.path(), url);
            assertEquals(fragment, a.fragment(), url);
        }
    }
}
