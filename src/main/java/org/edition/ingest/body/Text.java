package org.edition.ingest.body;

import org.jsoup.nodes.Element;

/** The plain text of rendered blocks, as readers and search see it. */
final class Text {
    private Text() {
    }

    /** The element's text without note reference numbers and page markers, spaces normalised. */
    static String of(Element element) {
        Element copy = element.clone();
        copy.select("sup:has(a[role=doc-noteref]), sup[data-note], [role=doc-pagebreak], span[data-page], a.emendation-mark").remove();
        return copy.text().strip();
    }
}
