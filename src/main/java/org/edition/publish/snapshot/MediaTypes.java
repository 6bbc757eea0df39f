package org.edition.publish.snapshot;

import java.util.Locale;
import java.util.Map;

/** The Content-Type a web server gives each kind of file of the site, for the WARC's HTTP headers. */
final class MediaTypes {
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
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"));

    private MediaTypes() {
    }

    /** The media type of a site path; the edition's manifest is plain text, anything unknown is octets. */
    static String of(String path) {
        if (path.endsWith(".csl.json")) {
            return "application/vnd.citationstyles.csl+json";
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(org.edition.publish.Manifest.FILE)) {
            return "text/plain; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    /** Whether a path is an HTML page (listed as a page of the web archive). */
    static boolean isPage(String path) {
        return path.endsWith(".html");
    }
}
