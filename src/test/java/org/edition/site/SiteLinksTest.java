package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every internal link and anchor of the built edition resolves; every link is relative. */
class SiteLinksTest {

    @Test
    void everyInternalLinkAndAnchorResolves() throws Exception {
        Path site = BuiltSeedSite.folder();
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int checked = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (url.matches("^(https?|mailto|data):.*")) {
                    continue;
                }
                checked++;
                String where = site.relativize(page) + " → " + url;
                if (url.startsWith("/")) {
                    broken.add(where + " (not relative)");
                    continue;
                }
                String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                file = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(where + " (no such file)");
                    continue;
                }
                if (url.contains("#") && target.toString().endsWith(".html")) {
                    String id = url.substring(url.indexOf('#') + 1);
                    Document t = target.equals(page) ? doc : Jsoup.parse(target.toFile(), "UTF-8");
                    if (t.getElementById(id) == null) {
                        broken.add(where + " (no such anchor)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "broken links among " + checked);
    }
}
