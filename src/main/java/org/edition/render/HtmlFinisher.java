package org.edition.render;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finishes a page after FreeMarker: parses it with jsoup, checks what a self-contained, portable site
 * needs (no resource from another host, no root-relative link, unique ids) and serialises it the same
 * way every time.
 */
final class HtmlFinisher {

    /**
     * Finishes one page.
     *
     * @param path     the page's path in the site, for messages
     * @param template the template that made it, for messages
     * @param html     the page as the template wrote it
     * @param root     the relative path from the page to the site's root ({@code ../})
     * @throws EditionException (template) if the template put a remote resource, an absolute link or
     *                          a duplicate id on the page
     */
    byte[] finish(String path, String template, String html, String root) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        for (Element term : doc.select("a.term[data-term]")) {
            term.attr("href", root + "glossary/" + term.attr("data-term") + ".html");
        }
        for (Element passage : doc.select("a.passage-link[data-report][data-paragraph]")) {
            passage.attr("href", root + "reports/" + passage.attr("data-report") + ".html#" + passage.attr("data-paragraph"));
        }
        for (Element e : doc.select("[src], link[rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$][href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (isRemoteOrRooted(url)) {
                throw problem(template, "page " + path + " would load '" + url + "' from " + (url.startsWith("/") && !url.startsWith("//")
                        ? "the server root" : "another host") + "; every resource must be a relative path inside the site");
            }
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("/") && !href.startsWith("//")) {
                throw problem(template, "page " + path + " links to '" + href + "', a root-relative path; links must be relative");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                throw problem(template, "page " + path + " has the id '" + e.id() + "' twice");
            }
        }
        String out = doc.outerHtml();
        return (out.endsWith("\n") ? out : out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isRemoteOrRooted(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("//") || u.startsWith("/") || u.matches("^[a-z][a-z0-9+.-]*:.*") && !u.startsWith("data:");
    }

    private static EditionException problem(String template, String message) {
        return new EditionException(EditionException.Kind.TEMPLATE, Diagnostic.error(template, 0, message));
    }
}
