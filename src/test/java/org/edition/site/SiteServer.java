package org.edition.site;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on localhost under a URL prefix such as {@code /edition/}, the way a reader
 * meets it on a host that does not put it at the root.
 */
public final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json", "svg",
            "image/svg+xml", "xml", "application/xml", "txt", "text/plain; charset=utf-8");
    private final HttpServer server;
    private final String prefix;

    /** Starts serving {@code folder} at {@code http://localhost:PORT/prefix/}. */
    public SiteServer(Path folder, String prefix) throws IOException {
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(prefix, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(prefix.length());
            Path file = folder.resolve(path.isEmpty() ? "index.html" : path).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** The URL of a page of the site. */
    public String url(String page) {
        return "http://localhost:" + server.getAddress().getPort() + prefix + page;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
