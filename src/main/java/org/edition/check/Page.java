package org.edition.check;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One HTML page of the site, parsed with jsoup keeping source positions, so that a finding names the
 * line of the element it is about.
 *
 * @param path     the page's path inside the site
 * @param name     the page's file as messages name it
 * @param document the parsed page
 * @param ids      each id of the page and the first element that bears it
 */
public record Page(String path, String name, Document document, Map<String, Element> ids) {

    static boolean isHtml(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }

    static Page parse(String path, String name, byte[] bytes) {
        Document document = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
        Map<String, Element> ids = new HashMap<>();
        for (Element e : document.select("[id]")) {
            ids.putIfAbsent(e.id(), e);
        }
        return new Page(path, name, document, ids);
    }

    /** The 1-based line of an element's start tag in the page's source. */
    static int line(Element e) {
        return Math.max(0, e.sourceRange().start().lineNumber());
    }

    /** Whether a fragment names a place on this page: an id, an {@code a name}, or the top. */
    boolean hasAnchor(String fragment) {
        return fragment.isEmpty() || fragment.equalsIgnoreCase("top") || ids.containsKey(fragment)
                || !document.select("a[name]").stream().filter(a -> a.attr("name").equals(fragment)).toList().isEmpty();
    }
}
