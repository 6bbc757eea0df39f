package org.edition.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.render.Site;
import org.edition.render.SiteFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real HTTP: what it serves, what it refuses, and the live-reload answers. */
class PreviewServerTest {
    private static final String PAGE = "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><p>Home</p></body></html>";
    private PreviewState state;
    private PreviewServer server;
    private URI address;

    @BeforeEach
    void start() {
        state = new PreviewState();
        state.publish(site("Home"));
        server = PreviewServer.start(0, state);
        address = server.address();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Site site(String home) {
        return new Site(List.of(
                file("index.html", PAGE.replace("<p>Home</p>", "<p>" + home + "</p>")),
                file("glossary/index.html", PAGE),
                file("reports/a.html", PAGE),
                file("reports/a.bib", "@report{a}"),
                file("reports/a.csl.json", "[]"),
                file("import-reports/a.txt", "import report"),
                file("assets/edition.css", "body{}"),
                file("assets/edition.js", "1;"),
                file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                file("assets/photo.png", "PNG"),
                file("assets/data.unknownext", "?")));
    }

    private static SiteFile file(String path, String text) {
        return SiteFile.of(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", address.getHost());
        assertTrue(address.getPort() > 0);
    }

    @Test
    void servesEachFileWithItsMediaTypeAndNoCaching() throws Exception {
        String[][] expected = {
            {"index.html", "text/html; charset=utf-8"}, {"reports/a.html", "text/html; charset=utf-8"},
            {"assets/edition.css", "text/css; charset=utf-8"}, {"assets/edition.js", "text/javascript; charset=utf-8"},
            {"reports/a.csl.json", "application/vnd.citationstyles.csl+json"}, {"reports/a.bib", "application/x-bibtex; charset=utf-8"},
            {"import-reports/a.txt", "text/plain; charset=utf-8"}, {"assets/logo.svg", "image/svg+xml"},
            {"assets/photo.png", "image/png"}, {"assets/data.unknownext", "application/octet-stream"}};
        for (String[] e : expected) {
            HttpResponse<String> r = Http.get(address, e[0]);
            assertEquals(200, r.statusCode(), e[0]);
            assertEquals(e[1], r.headers().firstValue("Content-Type").orElse(""), e[0]);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), e[0]);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), e[0]);
        }
        assertEquals("body{}", Http.get(address, "assets/edition.css").body(), "other files are served as they are");
    }

    @Test
    void everyHtmlPageGetsTheLiveReloadScriptBeforeItsEnd() throws Exception {
        Document home = Jsoup.parse(Http.get(address, "").body());
        assertEquals(1, home.select("body > script[src=/_edition/live.js][data-generation=1]").size(), home.html());
        assertEquals("script", home.body().child(home.body().childrenSize() - 1).tagName());
        HttpResponse<String> script = Http.get(address, "_edition/live.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("EditionPreview"));
        assertEquals("text/css; charset=utf-8", Http.get(address, "_edition/overlay.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aFolderServesItsIndexAndNeverAListing() throws Exception {
        assertTrue(Http.get(address, "glossary/").body().contains("<title>Home</title>"));
        HttpResponse<String> redirect = Http.get(address, "glossary");
        assertEquals(301, redirect.statusCode());
        assertEquals("/glossary/", redirect.headers().firstValue("Location").orElse(""));
        HttpResponse<String> folder = Http.get(address, "reports/");
        assertEquals(404, folder.statusCode(), "a folder without index.html has no listing");
        assertFalse(folder.body().contains("a.html"), folder.body());
        assertEquals(404, Http.get(address, "assets/").statusCode());
    }

    @Test
    void aMissingPathGetsA404PageThatWatchesForTheBuild() throws Exception {
        HttpResponse<String> r = Http.get(address, "reports/nothing.html");
        assertEquals(404, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        Document page = Jsoup.parse(r.body());
        assertEquals("Not in this edition", page.selectFirst("h1").text());
        assertEquals(1, page.select("script[src=/_edition/live.js]").size());
        assertEquals(404, Http.get(address, "_edition/other.js").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../../../etc/passwd", "/reports/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/reports%2f..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd",
        "/reports%5ca.html", "/%c0%ae%c0%ae/etc/passwd", "/%252e%252e/etc/passwd", "/index.html%00",
        "//etc/passwd", "/./index.html"})
    void noSpellingOfAPathReachesAFileOutsideTheSite(String target) throws Exception {
        Http.Raw r = Http.raw(address, target);
        assertTrue(r.status() == 404 || r.status() == 400, target + " → " + r.head());
        assertFalse(r.body().contains("root:"), "no file of the machine is served: " + target);
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        assertEquals(403, Http.raw(address, "GET", "/index.html", "attacker.example:" + address.getPort()).status(),
                "a page elsewhere cannot reach the preview by pointing its own name at 127.0.0.1");
        assertEquals(200, Http.raw(address, "GET", "/index.html", "localhost:" + address.getPort()).status());
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        Http.Raw post = Http.raw(address, "POST", "/index.html", "127.0.0.1:" + address.getPort());
        assertEquals(405, post.status());
        assertTrue(post.head().contains("Allow: GET, HEAD"), post.head());
        Http.Raw head = Http.raw(address, "HEAD", "/index.html", "127.0.0.1:" + address.getPort());
        assertEquals(200, head.status());
        assertEquals("", head.body());
        int length = Http.get(address, "index.html").body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(head.head().contains("Content-length: " + length), head.head());
    }

    @Test
    void aWaitingPageIsToldToReloadWhenTheSiteChanges() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = waitFor(1, 0);
        Thread.sleep(200);
        assertFalse(waiting.isDone(), "nothing changed yet: the request is held");
        assertFalse(state.publish(site("Home")), "the same bytes are no new generation");
        Thread.sleep(200);
        assertFalse(waiting.isDone());
        assertTrue(state.publish(site("Changed")));
        assertEquals("EditionPreview.reload();\n", waiting.get(10, TimeUnit.SECONDS).body());
        assertTrue(Http.get(address, "").body().contains("<p>Changed</p>"));
    }

    @Test
    void aFailedBuildIsShownWithFileAndLineAndTheNextGoodOneClearsIt() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = waitFor(1, 0);
        PreviewState.Failure failure = state.fail(List.of(new Diagnostic(org.edition.diagnostics.Severity.ERROR,
                "content/glossary.yaml", 12, 3, "a duplicate id \"nato\"")), "Fix it and save.");
        String answer = waiting.get(10, TimeUnit.SECONDS).body();
        assertTrue(answer.startsWith("EditionPreview.failed({"), answer);
        assertTrue(answer.contains("\"position\":\"content/glossary.yaml:12:3\""), answer);
        assertTrue(answer.contains("\"message\":\"a duplicate id \\\"nato\\\"\""), answer);
        assertTrue(Http.get(address, "").body().contains("<p>Home</p>"), "the last good site is still served");

        CompletableFuture<HttpResponse<String>> showing = waitFor(1, failure.number());
        Thread.sleep(200);
        assertFalse(showing.isDone(), "a page already showing this failure waits");
        state.publish(site("Home"));
        assertEquals("EditionPreview.cleared();\n", showing.get(10, TimeUnit.SECONDS).body(),
                "a good build of the same site clears the overlay without a reload");
    }

    @Test
    void aPageOfAnOlderGenerationReloadsAtOnce() throws Exception {
        state.publish(site("Newer"));
        assertEquals("EditionPreview.reload();\n", waitFor(1, 0).get(10, TimeUnit.SECONDS).body());
    }

    @Test
    void aBusyPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            EditionException e = assertThrows(EditionException.class, () -> PreviewServer.start(taken.getLocalPort(), new PreviewState()));
            assertEquals(EditionException.Kind.SERVER, e.kind());
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), e.getMessage());
            assertTrue(e.getMessage().contains("--port"), e.getMessage());
        }
    }

    @Test
    void closingAnswersTheWaitingRequestsAndFreesThePort() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = waitFor(1, 0);
        Thread.sleep(200);
        server.close();
        try {
            waiting.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // The connection may be cut rather than answered: either way the request does not hang.
        }
        try (ServerSocket again = new ServerSocket(address.getPort(), 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(address.getPort(), again.getLocalPort());
        }
    }

    private CompletableFuture<HttpResponse<String>> waitFor(long generation, long failure) {
        return Http.CLIENT.sendAsync(java.net.http.HttpRequest.newBuilder(
                address.resolve("_edition/wait.js?generation=" + generation + "&failure=" + failure)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
