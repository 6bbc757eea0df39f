package org.edition.ingest.body;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Marks emended readings in rendered text and links each to its entry in the editorial notes. */
final class EmendationMarks {
    // Selectors compiled once: jsoup parses a selector string again at every call.
    private static final Evaluator EMENDATION = QueryParser.parse("span[data-emendation]");

    private EmendationMarks() {
    }

    /**
     * Turns each {@code span[data-emendation=N]} into
     * {@code <span class="emendation" id="emended-N">reading<a class="emendation-mark" href="#emendation-N">[e N]</a></span>}.
     */
    static void link(Element element) {
        for (Element span : element.select(EMENDATION)) {
            String n = span.attr("data-emendation");
            span.removeAttr("data-emendation").addClass("emendation").attr("id", "emended-" + n);
            span.appendElement("a").addClass("emendation-mark").attr("href", "#emendation-" + n)
                    .attr("aria-label", "editors’ emendation " + n).text("e" + n);
        }
    }
}
