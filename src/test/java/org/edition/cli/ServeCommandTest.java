package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.edition.TestEdition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edition serve} through the real command line, a real watcher and real HTTP. */
class ServeCommandTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TEMPLATES = Path.of("templates").toAbsolutePath().toString();

    @Test
    void aBadPortIsAUsageError(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        for (String port : List.of("-1", "65536", "eighty")) {
            TestEdition.Run run = TestEdition.run("serve", "--content", e.content.toString(), "--templates", TEMPLATES, "--port", port);
            assertEquals(ExitCodes.USAGE, run.exitCode(), port + ": " + run.err());
            assertTrue(run.err().contains("--port"), run.err());
        }
    }

    @Test
    void aBusyPortIsAClearMessageAndExitCode6(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            TestEdition.Run run = TestEdition.run("serve", "--content", e.content.toString(), "--templates", TEMPLATES,
                    "--port", String.valueOf(port));
            assertEquals(ExitCodes.SERVER, run.exitCode(), run.err());
            assertEquals("error: port " + port + " on 127.0.0.1 is already in use (another server, or another edition serve);"
                    + " choose another with --port N (or --port 0 for any free port)\n"
                    + "edition: stopped: the preview server could not start (exit code 9)\n", run.err());
        }
    }

    @Test
    void aMissingContentFolderStopsBeforeServing(@TempDir Path dir) {
        TestEdition.Run run = TestEdition.run("serve", "--content", dir.resolve("nothing").toString(), "--templates", TEMPLATES, "--port", "0");
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains("the content folder does not exist"), run.err());
    }

    @Test
    void aSaveRebuildsAndReloadsABrokenSaveIsShownAndTheNextGoodOneClearsIt(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        assertEquals(ExitCodes.OK, e.build().exitCode());
        Map<String, String> publishedBefore = TestEdition.snapshot(e.site);
        try (RunningServe serve = new RunningServe("serve", "--content", e.content.toString(), "--templates", TEMPLATES, "--port", "0")) {
            URI site = serve.address();
            assertTrue(serve.out().contains("edition: built in "), serve.out());
            assertEquals("The first paragraph cites a note.1", paragraph(site, "p1"));

            CompletableFuture<HttpResponse<String>> waiting = waitFor(site, 1, 0);
            e.write("sources/alpha.md", Files.readString(e.content.resolve("sources/alpha.md")).replace("first paragraph", "opening paragraph"));
            assertEquals("EditionPreview.reload();\n", waiting.get(60, TimeUnit.SECONDS).body());
            assertEquals("The opening paragraph cites a note.1", paragraph(site, "p1"));
            serve.awaitOut("rebuilt after");

            // A broken save: the terminal says what build says, the page is told, the last good site stays.
            waiting = waitFor(site, 2, 0);
            e.write("glossary.yaml", "- id: x\n  term: [unclosed\n");
            String failed = waiting.get(60, TimeUnit.SECONDS).body();
            assertTrue(failed.startsWith("EditionPreview.failed("), failed);
            assertTrue(failed.contains("glossary.yaml:"), failed);
            serve.awaitErr("still serving the last good build");
            TestEdition.Run build = e.build();
            assertEquals(ExitCodes.CONTENT, build.exitCode());
            String message = build.err().lines().filter(l -> l.contains(": error: ")).findFirst().orElseThrow();
            assertTrue(serve.err().contains(message + "\n"), "serve prints the error as build does:\n" + message + "\n" + serve.err());
            assertEquals("The opening paragraph cites a note.1", paragraph(site, "p1"), "the last good site is still served");
            long failure = Long.parseLong(failed.replaceAll("(?s).*\"number\":(\\d+).*", "$1"));

            waiting = waitFor(site, 2, failure);
            Files.delete(e.content.resolve("glossary.yaml"));
            assertEquals("EditionPreview.cleared();\n", waiting.get(60, TimeUnit.SECONDS).body(),
                    "the good save gives the same site again: the overlay goes, nothing reloads");
            assertEquals(ExitCodes.OK, serve.stop());
            assertTrue(serve.out().contains("edition: stopped serving " + site), serve.out());
        }
        assertEquals(publishedBefore, TestEdition.snapshot(e.site), "serve never writes the published site");
        try (Stream<Path> files = Files.walk(e.site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("_edition/live.js"), f.toString());
            }
        }
    }

    @Test
    void aFirstBuildThatFailsIsShownUntilASaveFixesIt(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        e.write("edition.yaml", "subtitle: no title\n");
        try (RunningServe serve = new RunningServe("serve", "--content", e.content.toString(), "--templates", TEMPLATES, "--port", "0")) {
            URI site = serve.address();
            assertTrue(serve.err().contains("edition.yaml:1: error: edition.yaml needs a 'title'"), serve.err());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(site).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode());
            assertEquals("The edition is not built yet", Jsoup.parse(page.body()).selectFirst("h1").text());
            assertTrue(waitFor(site, 0, 0).get(60, TimeUnit.SECONDS).body().startsWith("EditionPreview.failed("));

            CompletableFuture<HttpResponse<String>> waiting = waitFor(site, 0, 1);
            e.write("edition.yaml", "title: Fixed\n");
            assertEquals("EditionPreview.reload();\n", waiting.get(60, TimeUnit.SECONDS).body());
            assertEquals("Fixed", Jsoup.parse(HTTP.send(HttpRequest.newBuilder(site).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).selectFirst(".site-title").text());
        }
    }

    @Test
    void ctrlCStopsTheServerCleanly(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        // A process started in the background inherits an ignored SIGINT; env resets it, as a terminal's shell does.
        List<String> command = new java.util.ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                EditionCommand.class.getName(), "serve", "--content", e.content.toString(), "--templates", TEMPLATES, "--port", "0"));
        Process serve = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder printed = new StringBuilder();
            URI site = null;
            for (String line; site == null && (line = out.readLine()) != null; ) {
                printed.append(line).append('\n');
                var m = java.util.regex.Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                if (m.find()) {
                    site = URI.create(m.group(1));
                }
            }
            assertTrue(site != null, "serve never said where it serves:\n" + printed + Files.readString(dir.resolve("err.txt")));
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(site).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            String status = Files.readString(Path.of("/proc", String.valueOf(serve.pid()), "status"));
            String ignored = status.lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow().split("\\s+")[1];
            assertEquals(0, Long.parseLong(ignored, 16) & 2, "SIGINT must not be ignored by the server process: " + ignored);

            assertEquals(0, new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor());
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGINT");
            String rest = new String(serve.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(130, serve.exitValue(), "the exit status of a program stopped by Ctrl-C");
            assertTrue(rest.contains("edition: stopped serving " + site), rest);
            String err = Files.readString(dir.resolve("err.txt"));
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            try (ServerSocket again = new ServerSocket(site.getPort(), 1, InetAddress.getByName("127.0.0.1"))) {
                assertEquals(site.getPort(), again.getLocalPort(), "the port is free again");
            }
        } finally {
            serve.destroyForcibly();
        }
    }

    private static String paragraph(URI site, String id) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(site.resolve("reports/alpha.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        var p = Jsoup.parse(r.body()).getElementById(id);
        p.select(".para-number").remove();
        return p.text();
    }

    private static CompletableFuture<HttpResponse<String>> waitFor(URI site, long generation, long failure) {
        return HTTP.sendAsync(HttpRequest.newBuilder(site.resolve("_edition/wait.js?generation=" + generation
                + "&failure=" + failure)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
