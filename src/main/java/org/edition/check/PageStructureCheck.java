package org.edition.check;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What each page must hold for every reader: ids unique on the page (an anchor must lead to one place),
 * well formed, and a text alternative for every image (empty for a decorative one, but present).
 */
final class PageStructureCheck {
    private final PublishedSite site;
    private final Findings findings;

    PageStructureCheck(PublishedSite site, Findings findings) {
        this.site = site;
        this.findings = findings;
    }

    void check() {
        for (Page page : site.pages()) {
            ids(page);
            images(page);
        }
    }

    private void ids(Page page) {
        Map<String, Element> first = new HashMap<>();
        for (Element e : page.document().select("[id]")) {
            String id = e.id();
            if (id.isEmpty()) {
                findings.error(page, e, "<" + e.normalName() + "> has an empty id");
                continue;
            }
            if (id.chars().anyMatch(Character::isWhitespace)) {
                findings.error(page, e, "the id \"" + id + "\" holds white space, so no link can reach it");
            }
            Element earlier = first.putIfAbsent(id, e);
            if (earlier != null) {
                findings.error(page, e, "the id \"" + id + "\" is used twice on this page (first at line " + Page.line(earlier)
                        + "): a link to #" + id + " reaches only the first");
            }
        }
    }

    private void images(Page page) {
        for (Element img : page.document().select("img:not([alt]), input[type=image]:not([alt]), area[href]:not([alt])")) {
            findings.error(page, img, "<" + img.normalName() + (img.hasAttr("src") ? " src=\"" + img.attr("src") + "\"" : "")
                    + "> has no alt text (write what it shows, or alt=\"\" if it is decoration)");
        }
        for (Element svg : page.document().select("svg[role=img]")) {
            if (svg.attr("aria-label").isBlank() && svg.attr("aria-labelledby").isBlank() && svg.selectFirst("> title") == null) {
                findings.error(page, svg, "<svg role=\"img\"> has no name (aria-label, aria-labelledby or a <title>)");
            }
        }
    }
}
