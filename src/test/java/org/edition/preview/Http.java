package org.edition.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP against the preview: the JDK's client, and raw requests for paths no client would send. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /** GET of a path of the server, as the JDK's client sends it. */
    static HttpResponse<String> get(URI server, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A response read off the wire. */
    record Raw(int status, String head, String body) {
    }

    /** Sends a request line exactly as given (no normalising or encoding), with the given Host. */
    static Raw raw(URI server, String method, String target, String host) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            String[] statusLine = head.split(" ", 3);
            return new Raw(Integer.parseInt(statusLine[1]), head, body);
        }
    }

    static Raw raw(URI server, String target) throws IOException {
        return raw(server, "GET", target, server.getHost() + ":" + server.getPort());
    }
}
