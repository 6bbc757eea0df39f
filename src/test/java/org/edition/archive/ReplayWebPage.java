package org.edition.archive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webrecorder's ReplayWeb.page, the npm package's own bundled {@code ui.js} and {@code sw.js}, served on
 * localhost beside a WACZ — the way an archive hosts it — so Chromium can replay the WACZ for real. The
 * package is fetched once with {@code npm pack} (the npm registry's ordinary client) into {@code target/}.
 */
final class ReplayWebPage implements AutoCloseable {
    /** The version tested; ReplayWeb.page's WACZ loader is wabac.js, which it bundles. */
    static final String VERSION = "2.5.3";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final HttpServer server;

    /**
     * Serves ReplayWeb.page at {@code /} and the WACZ at {@code /edition.wacz}, with byte ranges as WACZ readers need.
     *
     * @param wacz the WACZ file
     */
    ReplayWebPage(Path wacz) throws IOException, InterruptedException {
        Path app = unpacked();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                switch (path) {
                    case "/", "/index.html" -> send(exchange, app.resolve("index.html"), "text/html; charset=utf-8");
                    case "/ui.js", "/sw.js" -> send(exchange, app.resolve(path.substring(1)), "text/javascript; charset=utf-8");
                    case "/edition.wacz" -> send(exchange, wacz, "application/wacz");
                    default -> exchange.sendResponseHeaders(404, -1);
                }
            }
        });
        server.start();
    }

    /** The app's address, opening the WACZ at a page of the archive. */
    String replay(String archivedUrl, String timestamp) {
        String base = "http://localhost:" + server.getAddress().getPort();
        return base + "/?source=" + encode(base + "/edition.wacz") + "#view=replay&url=" + encode(archivedUrl) + "&ts=" + timestamp;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, Path file, String type) throws IOException {
        long size = Files.size(file);
        long start = 0;
        long end = size - 1;
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range);
        boolean partial = m != null && m.matches();
        if (partial) {
            start = Long.parseLong(m.group(1));
            end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        long length = end - start + 1;
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(partial ? 206 : 200, head ? -1 : length);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            return;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[1 << 16];
            for (long left = length; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    /** The npm package's folder, fetched with npm and unpacked with tar on first use. */
    static synchronized Path unpacked() throws IOException, InterruptedException {
        Path folder = Path.of("target", "replaywebpage-" + VERSION);
        Path app = folder.resolve("package");
        if (Files.isRegularFile(app.resolve("ui.js")) && Files.isRegularFile(app.resolve("sw.js"))) {
            return app;
        }
        Files.createDirectories(folder);
        run(folder, "npm", "pack", "--silent", "replaywebpage@" + VERSION);
        run(folder, "tar", "xzf", "replaywebpage-" + VERSION + ".tgz", "package/index.html", "package/ui.js", "package/sw.js");
        return app;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (the test needs Node.js's npm and the npm registry"
                    + " to fetch ReplayWeb.page " + VERSION + "): " + output);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
