package org.edition.ingest.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Turns page-marker placeholders inside a block into page-break anchors. */
final class PageMarkers {
    // Selectors compiled once: jsoup parses a selector string again at every call.
    private static final Evaluator PAGE = QueryParser.parse("span[data-page]");

    private PageMarkers() {
    }

    /**
     * Replaces each {@code span[data-page]} in the element with
     * {@code <span role="doc-pagebreak" id="page-7" aria-label="page 7"><span class="page-label">p. 7</span></span>}
     * (the visible label sits in the margin).
     *
     * @return the page numbers that begin inside the element, in order
     */
    static List<String> link(Element element, Anchors anchors) {
        List<String> pages = new ArrayList<>();
        for (Element marker : element.select(PAGE)) {
            String number = marker.attr("data-page");
            pages.add(number);
            marker.removeAttr("data-page")
                    .attr("id", anchors.unique("page-" + Anchors.slug(number), "page"))
                    .attr("role", "doc-pagebreak")
                    .attr("aria-label", "page " + number)
                    .addClass("page-start")
                    .appendElement("span").addClass("page-label").text("p. " + number);
        }
        return pages;
    }
}
