package org.edition.check;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.diagnostics.Diagnostic;
import org.jsoup.nodes.Element;

/**
 * Every address a page or stylesheet of the site writes: a link to a file of the site must reach it (not
 * a folder, which {@code file://} cannot open), its anchor must exist, it must be relative; a resource the
 * page loads (stylesheet, script, image, frame …) must come from the site itself, never another host.
 * Links to other sites are a reader's choice and are not followed.
 */
final class LinkCheck {
    /** Relations of {@code <link>} that name a document rather than load something. */
    private static final Set<String> NAVIGATION_RELS = Set.of("canonical", "alternate", "author", "license", "help",
            "next", "prev", "search", "bookmark", "me", "external");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");
    private static final Pattern SRCSET_SPLIT = Pattern.compile("\\s*,\\s*");

    private final PublishedSite site;
    private final Findings findings;

    LinkCheck(PublishedSite site, Findings findings) {
        this.site = site;
        this.findings = findings;
    }

    void check() {
        for (Page page : site.pages()) {
            checkPage(page);
        }
        for (String path : site.files().keySet()) {
            if (path.endsWith(".css")) {
                checkStylesheet(path, new String(site.files().get(path), StandardCharsets.UTF_8));
            }
        }
    }

    private void checkPage(Page page) {
        for (Element e : page.document().select("[href], [src], [srcset], [poster], object[data], form[action], [cite], meta[http-equiv]")) {
            String tag = e.normalName();
            if (e.hasAttr("href")) {
                check(page, e, e.attr("href"), loads(e));
            }
            if (e.hasAttr("src")) {
                check(page, e, e.attr("src"), !tag.equals("a"));
            }
            if (e.hasAttr("srcset")) {
                for (String candidate : SRCSET_SPLIT.split(e.attr("srcset").strip())) {
                    if (!candidate.isBlank()) {
                        check(page, e, candidate.strip().split("\\s+")[0], true);
                    }
                }
            }
            if (e.hasAttr("poster")) {
                check(page, e, e.attr("poster"), true);
            }
            if (tag.equals("object") && e.hasAttr("data")) {
                check(page, e, e.attr("data"), true);
            }
            if (tag.equals("form") && e.hasAttr("action")) {
                check(page, e, e.attr("action"), false);
            }
            if (e.hasAttr("cite")) {
                check(page, e, e.attr("cite"), false);
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                String content = e.attr("content");
                int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
                if (url >= 0) {
                    check(page, e, content.substring(url + 4).replaceAll("^['\"]|['\"]$", ""), false);
                }
            }
        }
        for (Element style : page.document().select("style, [style]")) {
            String css = style.normalName().equals("style") ? style.data() : style.attr("style");
            Matcher m = CSS_URL.matcher(css);
            while (m.find()) {
                check(page, style, m.group(2) != null ? m.group(2) : m.group(4), true);
            }
        }
    }

    /** Whether the element's {@code href} is loaded with the page (a stylesheet, an icon) rather than followed. */
    private static boolean loads(Element e) {
        if (!e.normalName().equals("link")) {
            return false;
        }
        for (String rel : e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!rel.isEmpty() && !NAVIGATION_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    private void check(Page page, Element e, String url, boolean resource) {
        findings.linkChecked();
        Address a = Address.resolve(page.path(), url);
        String what = "<" + e.normalName() + "> " + (resource ? "loads " : "links to ") + shorten(url);
        switch (a.kind()) {
            case REMOTE -> {
                if (resource) {
                    findings.error(page, e, what + ": a resource from another host (the site must work offline and send no request elsewhere)");
                }
            }
            case OTHER_SCHEME -> {
                if (a.scheme().equals("javascript")) {
                    findings.error(page, e, what + ": a javascript: address (the site's Content-Security-Policy refuses it)");
                } else if (resource && !a.scheme().equals("data")) {
                    findings.error(page, e, what + ": a resource by a " + a.scheme() + ": address");
                }
            }
            case ROOT_RELATIVE -> findings.error(page, e, what
                    + ": a path from the host's root breaks from file:// and under a URL prefix; make it relative");
            case OUTSIDE -> findings.error(page, e, what + ": leads out of the site");
            case LOCAL -> local(page, e, a, what);
        }
    }

    private void local(Page page, Element e, Address a, String what) {
        String path = a.path().isEmpty() ? page.path() : a.path();
        if (!site.has(path)) {
            if (site.isFolder(path)) {
                findings.error(page, e, what + ": a folder, which a browser opens from file:// as a listing or not at all;"
                        + " link to " + written(e, a) + "index.html");
            } else {
                findings.error(page, e, what + ": there is no such file in the site");
            }
            return;
        }
        if (a.fragment().isEmpty() || !Page.isHtml(path)) {
            return;
        }
        findings.anchorChecked();
        Optional<Page> target = site.page(path);
        if (target.isPresent() && !target.get().hasAnchor(a.fragment())) {
            findings.error(page, e, what + ": " + (a.path().isEmpty() ? "this page" : path) + " has no id \"" + a.fragment() + "\"");
        }
    }

    /** The address as written up to its fragment, ending with a slash. */
    private static String written(Element e, Address a) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        url = url.replaceFirst("[?#].*$", "").strip();
        return url.endsWith("/") ? url : url + "/";
    }

    private void checkStylesheet(String path, String css) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(2) != null ? m.group(2) : m.group(4);
            if (url.isBlank() || url.startsWith("#")) {
                continue;
            }
            findings.linkChecked();
            int line = (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            Address a = Address.resolve(path, url);
            String where = site.name(path);
            String what = "the stylesheet loads " + shorten(url);
            switch (a.kind()) {
                case REMOTE -> findings.problem(Diagnostic.error(where, line, what + ": a resource from another host"));
                case ROOT_RELATIVE -> findings.problem(Diagnostic.error(where, line, what + ": a path from the host's root; make it relative"));
                case OUTSIDE -> findings.problem(Diagnostic.error(where, line, what + ": leads out of the site"));
                case LOCAL -> {
                    if (!site.has(a.path())) {
                        findings.problem(Diagnostic.error(where, line, what + ": there is no such file in the site"));
                    }
                }
                case OTHER_SCHEME -> {
                    if (!a.scheme().equals("data")) {
                        findings.problem(Diagnostic.error(where, line, what + ": a resource by a " + a.scheme() + ": address"));
                    }
                }
            }
        }
    }

    private static String shorten(String url) {
        return url.length() > 90 ? url.substring(0, 87) + "…" : url;
    }
}
