package org.edition.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finishes a page after FreeMarker: parses it with jsoup, checks what a self-contained, portable site
 * needs (no resource from another host, no root-relative link, unique ids) and serialises it the same
 * way every time.
 */
final class HtmlFinisher {
    /**
     * Characters of pages being parsed at once, in units of {@link #SHARE}: a parsed page takes several times
     * its text in memory, so the largest pages are finished one at a time, not side by side.
     */
    private static final int BUDGET = 24;
    private static final int SHARE = 1_000_000;
    private final Semaphore budget = new Semaphore(BUDGET);
    /** The pages finished last time, for a finisher that finishes the same site again and again ({@link #finished}); else {@code null}. */
    private final FinishedPages memory;
    /** A URL that names its scheme ({@code https:}, {@code data:} …), compiled once: every resource of every page is asked. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-z][a-z0-9+.-]*:.*");
    /** The {@code rel} values of a {@code <link>} that loads what it points to (the page's old selector, as one expression). */
    private static final java.util.regex.Pattern LOADING_REL = java.util.regex.Pattern.compile(
            "(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$");

    /**
     * @param memory the pages finished by the last render, to take again where a page's text is unchanged;
     *               {@code null} to finish every page afresh (one build, which has no last render)
     */
    HtmlFinisher(FinishedPages memory) {
        this.memory = memory;
    }

    /**
     * Finishes one page.
     *
     * @param path     the page's path in the site, for messages
     * @param template the template that made it, for messages
     * @param html     the page as the template wrote it
     * @param root     the relative path from the page to the site's root ({@code ../})
     * @param out      where the finished page goes, as UTF-8
     * @throws EditionException (template) if the template put a remote resource, an absolute link or
     *                          a duplicate id on the page
     * @throws IOException      if the page cannot be written
     */
    void finish(String path, String template, PageText html, String root, OutputStream out) throws IOException {
        int share = (int) Math.max(1, Math.min(BUDGET, html.length() / SHARE));
        budget.acquireUninterruptibly(share);
        try {
            write(check(path, template, html, root), html.length(), out);
        } finally {
            budget.release(share);
        }
    }

    /**
     * Finishes one page into bytes, as {@link #finish} writes them, for a finisher with a memory of the last
     * render: a page whose text is unchanged is the bytes made then (the same array, never changed).
     */
    byte[] finished(String path, String template, PageText html, String root) {
        byte[] digest = html.sha256(template, root);
        byte[] known = memory.recall(path, digest);
        if (known == null) {
            java.io.ByteArrayOutputStream made = new java.io.ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, html.length() + 1024));
            try {
                finish(path, template, html, root, made);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            known = made.toByteArray();
            memory.remember(path, digest, known);
        }
        return known;
    }

    /** Parses the page, links its terms and passages, and checks it. */
    private static Document check(String path, String template, PageText html, String root) {
        Document doc = Parser.htmlParser().parseInput(html.reader(), "");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        String resourceProblem = null;
        String linkProblem = null;
        String idProblem = null;
        Set<String> ids = new HashSet<>();
        for (Element e : doc.getAllElements()) {
            boolean anchor = e.normalName().equals("a");
            if (anchor && e.hasClass("term") && e.hasAttr("data-term")) {
                e.attr("href", root + "glossary/" + e.attr("data-term") + ".html");
            }
            if (anchor && e.hasClass("passage-link") && e.hasAttr("data-report") && e.hasAttr("data-paragraph")) {
                e.attr("href", root + "reports/" + e.attr("data-report") + ".html#" + e.attr("data-paragraph"));
            }
            boolean resource = e.hasAttr("src") || e.normalName().equals("link") && e.hasAttr("rel")
                    && LOADING_REL.matcher(e.attr("rel")).find() && e.hasAttr("href");
            if (resource && resourceProblem == null) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (isRemoteOrRooted(url)) {
                    resourceProblem = "page " + path + " would load '" + url + "' from " + (url.startsWith("/") && !url.startsWith("//")
                            ? "the server root" : "another host") + "; every resource must be a relative path inside the site";
                }
            }
            if (anchor && e.hasAttr("href") && linkProblem == null) {
                String href = e.attr("href");
                if (href.startsWith("/") && !href.startsWith("//")) {
                    linkProblem = "page " + path + " links to '" + href + "', a root-relative path; links must be relative";
                }
            }
            if (e.hasAttr("id") && !ids.add(e.id()) && idProblem == null) {
                idProblem = "page " + path + " has the id '" + e.id() + "' twice";
            }
        }
        for (String problem : new String[] {resourceProblem, linkProblem, idProblem}) {
            if (problem != null) {
                throw problem(template, problem);
            }
        }
        return doc;
    }

    /**
     * The longest page, in characters of its template's text, serialised into a {@link StringBuilder} and
     * encoded at once; a longer one is encoded as jsoup serialises it ({@link Utf8Output}), so that it is never
     * held three times over (builder, string, bytes). jsoup serialises into a {@code StringBuilder} by a path
     * of its own, and into any other {@code Appendable} through a wrapper that allocates a lambda for every
     * piece appended: 2.3 times the time on the seed edition's pages (26 ms against 60, warm, client
     * compiler). Both ways give the same bytes (HtmlFinisherTest).
     */
    static final int WHOLE_PAGE_CHARS = 4 * 1024 * 1024;

    /** Serialises the page as UTF-8, ending with a line break. */
    private static void write(Document doc, long textLength, OutputStream out) throws IOException {
        if (textLength <= WHOLE_PAGE_CHARS) {
            whole(doc, (int) textLength, out);
        } else {
            stream(doc, out);
        }
    }

    /** Serialises the page into a builder of about {@code capacity} characters, then encodes it as UTF-8, ending with a line break. */
    static void whole(Document doc, int capacity, OutputStream out) throws IOException {
        StringBuilder page = new StringBuilder(capacity + 1024);
        doc.html(page);
        if (page.length() == 0 || page.charAt(page.length() - 1) != '\n') {
            page.append('\n');
        }
        out.write(page.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Serialises the page as UTF-8 as jsoup writes it out, ending with a line break. */
    static void stream(Document doc, OutputStream out) throws IOException {
        Utf8Output utf8 = new Utf8Output(out);
        doc.html(utf8);
        if (utf8.last() != '\n') {
            utf8.write('\n');
        }
        utf8.flush();
    }

    private static boolean isRemoteOrRooted(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("//") || u.startsWith("/") || SCHEME.matcher(u).matches() && !u.startsWith("data:");
    }

    private static EditionException problem(String template, String message) {
        return new EditionException(EditionException.Kind.TEMPLATE, Diagnostic.error(template, 0, message));
    }
}
