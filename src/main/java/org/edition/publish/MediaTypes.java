package org.edition.publish;

import java.util.Locale;
import java.util.Map;

/**
 * The media type a web server gives each kind of file of the published site, by its name: one table for
 * the preview server's {@code Content-Type} and for the HTTP headers of a snapshot's WARC records.
 */
public final class MediaTypes {
    private static final String DEFAULT = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("bib", "application/x-bibtex; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("warc", "application/warc"),
            Map.entry("map", "application/json"));

    private MediaTypes() {
    }

    /**
     * The media type of a site path: CSL-JSON citations and the edition's manifest by name, the rest by
     * extension; anything unknown is octets.
     */
    public static String of(String path) {
        if (path.endsWith(".csl.json")) {
            return "application/vnd.citationstyles.csl+json";
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(Manifest.FILE)) {
            return "text/plain; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? DEFAULT : BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }

    /** Whether a path is an HTML page. */
    public static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /** Whether files of this media type are HTML pages. */
    public static boolean isHtml(String type) {
        return type.startsWith("text/html");
    }
}
