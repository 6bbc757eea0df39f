package org.edition.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.jsoup.nodes.Element;

/**
 * Every page can be reached from the home page by following links, as a reader browsing and a crawler
 * indexing would: a page no link leads to is lost to both.
 */
final class ReachabilityCheck {
    static final String HOME = "index.html";

    private final PublishedSite site;
    private final Findings findings;

    ReachabilityCheck(PublishedSite site, Findings findings) {
        this.site = site;
        this.findings = findings;
    }

    void check() {
        if (!site.has(HOME)) {
            findings.problem(Diagnostic.error(site.name(HOME), 0, "the site has no home page"));
            return;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>();
        reached.add(HOME);
        next.add(HOME);
        while (!next.isEmpty()) {
            Optional<Page> page = site.page(next.removeFirst());
            if (page.isEmpty()) {
                continue;
            }
            for (Element link : page.get().document().select("a[href], area[href], form[action]")) {
                Address a = Address.resolve(page.get().path(), link.hasAttr("href") ? link.attr("href") : link.attr("action"));
                if (a.kind() == Address.Kind.LOCAL && !a.path().isEmpty() && site.has(a.path()) && reached.add(a.path())) {
                    next.add(a.path());
                }
            }
        }
        for (Page page : site.pages()) {
            if (!reached.contains(page.path())) {
                Element at = page.document().selectFirst("title");
                findings.error(page, at == null ? page.document().root() : at,
                        "no link leads to this page from the home page (a reader cannot find it, nor a crawler)");
            }
        }
    }
}
