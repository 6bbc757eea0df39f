package org.edition.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.publish.MediaTypes;

/**
 * Serves the preview's site from memory on {@code http://127.0.0.1:PORT/}, with the JDK's HTTP server.
 * Only GET and HEAD of the site's own files (a folder's {@code index.html}, never a listing), with their
 * media types and no caching; every HTML page gets the live-reload script; anything else is a 404 page.
 * Requests naming another host are refused (a page elsewhere cannot reach the preview through DNS).
 */
public final class PreviewServer implements AutoCloseable {
    /** How long a live-reload request is held open when nothing changes. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final HttpServer server;
    private final ExecutorService executor;
    private final PreviewState state;
    private final LivePage live = new LivePage();
    private final int port;

    private PreviewServer(HttpServer server, ExecutorService executor, PreviewState state) {
        this.server = server;
        this.executor = executor;
        this.state = state;
        this.port = server.getAddress().getPort();
    }

    /**
     * Starts serving.
     *
     * @param port  the port on 127.0.0.1; 0 for any free port
     * @param state what to serve
     * @throws EditionException (server) if the port is in use or not allowed
     */
    public static PreviewServer start(int port, PreviewState state) {
        // The JDK's server writes a response's headers and its body apart; with Nagle's algorithm on, the
        // body then waits for the browser's delayed acknowledgement of the headers (tens of milliseconds on
        // every page and asset of a reload). Read once, when the server's classes are first used.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 64);
        } catch (BindException e) {
            throw new EditionException(EditionException.Kind.SERVER, Diagnostic.error("", 0, cannotListen(port, e)), e);
        } catch (IOException e) {
            throw new EditionException(EditionException.Kind.SERVER,
                    Diagnostic.error("", 0, "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()), e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "edition-preview-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        PreviewServer preview = new PreviewServer(server, executor, state);
        server.createContext("/", preview::handle);
        server.start();
        return preview;
    }

    private static String cannotListen(int port, BindException e) {
        String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains("permission") || reason.contains("access")) {
            return "cannot listen on 127.0.0.1:" + port + ": ports below 1024 need the administrator's rights;"
                    + " choose another with --port N (or --port 0 for any free port)";
        }
        return "port " + port + " on 127.0.0.1 is already in use (another server, or another edition serve);"
                + " choose another with --port N (or --port 0 for any free port)";
    }

    /** The address the site is served at, {@code http://127.0.0.1:PORT/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Stops serving at once: waiting requests are answered, the port is closed. */
    @Override
    public void close() {
        state.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "The preview serves GET and HEAD only.", head);
            } else if (!fromThisHost(exchange)) {
                sendText(exchange, 403, "The preview answers requests for 127.0.0.1:" + port + " or localhost:" + port + " only.", head);
            } else if (exchange.getRequestURI().getRawPath().startsWith(LivePage.RESERVED)) {
                reserved(exchange, exchange.getRequestURI().getRawPath().substring(LivePage.RESERVED.length()), head);
            } else {
                siteFile(exchange, head);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (a reloading tab drops its waiting request): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private void siteFile(HttpExchange exchange, boolean head) throws IOException {
        String raw = exchange.getRequestURI().getRawPath();
        Optional<String> path = RequestPath.sitePath(raw);
        PreviewState.Snapshot now = state.snapshot();
        if (path.isEmpty()) {
            sendMissing(exchange, raw, now, head);
            return;
        }
        String p = path.get();
        boolean folder = p.isEmpty() || p.endsWith("/");
        byte[] bytes = now.files().get(folder ? p + "index.html" : p);
        if (bytes == null && !folder && now.files().containsKey(p + "/index.html")) {
            exchange.getResponseHeaders().set("Location", raw + "/");
            sendText(exchange, 301, "Moved to " + raw + "/", head);
            return;
        }
        if (bytes == null) {
            sendMissing(exchange, raw, now, head);
            return;
        }
        String type = MediaTypes.of(folder ? "index.html" : p);
        send(exchange, 200, type, MediaTypes.isHtml(type) ? LivePage.inject(bytes, now.generation()) : bytes, head);
    }

    private void sendMissing(HttpExchange exchange, String raw, PreviewState.Snapshot now, boolean head) throws IOException {
        int status = now.generation() == 0 ? 503 : 404;
        send(exchange, status, "text/html; charset=utf-8", LivePage.missingPage(raw, now.generation()), head);
    }

    private void reserved(HttpExchange exchange, String name, boolean head) throws IOException, InterruptedException {
        switch (name) {
            case LivePage.SCRIPT -> send(exchange, 200, MediaTypes.of(name), live.script(), head);
            case LivePage.STYLESHEET -> send(exchange, 200, MediaTypes.of(name), live.stylesheet(), head);
            case LivePage.WAIT -> {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                long generation = number(query.get("generation"));
                long failure = number(query.get("failure"));
                PreviewState.Snapshot now = head ? state.snapshot() : state.await(generation, failure, WAIT);
                send(exchange, 200, MediaTypes.of(name),
                        live.answer(now, generation, failure).getBytes(StandardCharsets.UTF_8), head);
            }
            default -> sendMissing(exchange, exchange.getRequestURI().getRawPath(), state.snapshot(), head);
        }
    }

    private boolean fromThisHost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host == null || host.equalsIgnoreCase("127.0.0.1:" + port) || host.equalsIgnoreCase("localhost:" + port);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }

    private static long number(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (head) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
