package org.edition.ingest.body;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The plain text of rendered blocks, as readers and search see it. */
final class Text {
    // Selectors compiled once: jsoup parses a selector string again at every call.
    private static final Evaluator NOT_TEXT = QueryParser.parse(
            "sup:has(a[role=doc-noteref]), sup[data-note], [role=doc-pagebreak], span[data-page], a.emendation-mark");

    private Text() {
    }

    /** The element's text without note reference numbers and page markers, spaces normalised. */
    static String of(Element element) {
        Element copy = element.clone();
        copy.select(NOT_TEXT).remove();
        return copy.text().strip();
    }
}
