package org.edition.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.edition.diagnostics.Diagnostic;

/**
 * The preview's additions to what it serves: the live-reload script tag put into every HTML page it
 * sends (and only there: the site's files are not changed), the script and the overlay's stylesheet, the
 * answers to the script's waiting requests, and the pages for a path the site does not hold.
 */
final class LivePage {
    /** The path prefix the preview keeps for itself; no site file lies under it. */
    static final String RESERVED = "/_edition/";
    static final String SCRIPT = "live.js";
    static final String STYLESHEET = "overlay.css";
    static final String WAIT = "wait.js";

    private final byte[] script = resource(SCRIPT);
    private final byte[] stylesheet = resource(STYLESHEET);
    private final JsonFactory json = new JsonFactory();

    byte[] script() {
        return script.clone();
    }

    byte[] stylesheet() {
        return stylesheet.clone();
    }

    /** The page with the live-reload script before its closing {@code </body>} (or at its end). */
    static byte[] inject(byte[] html, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + RESERVED + SCRIPT + "\" data-generation=\"" + generation + "\"></script>\n";
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = body < 0 ? page + tag : page.substring(0, body) + tag + page.substring(body);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The answer to a waiting request: a call of the live-reload script's {@code EditionPreview}.
     *
     * @param state          the preview's state when the wait ended
     * @param seenGeneration the generation of the client's page
     * @param seenFailure    the failure the client shows (0 for none)
     */
    String answer(PreviewState.Snapshot state, long seenGeneration, long seenFailure) {
        if (state.generation() != seenGeneration && state.generation() > 0) {
            return "EditionPreview.reload();\n";
        }
        if (state.failure().isPresent() && state.failure().get().number() != seenFailure) {
            return "EditionPreview.failed(" + failureJson(state.failure().get()) + ");\n";
        }
        if (state.failure().isEmpty() && seenFailure != 0) {
            return "EditionPreview.cleared();\n";
        }
        return "EditionPreview.again();\n";
    }

    private String failureJson(PreviewState.Failure failure) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("number", failure.number());
            g.writeStringField("summary", failure.summary());
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : failure.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("position", d.position());
                g.writeStringField("severity", d.severity().word());
                g.writeStringField("message", d.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JSON is JavaScript, but for two line separators older engines refuse inside strings.
        return out.toString().replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /**
     * The page sent for a path the site does not hold, or while no build has succeeded yet; it carries
     * the live-reload script, so it turns into the page once a build makes it.
     */
    static byte[] missingPage(String path, long generation) {
        boolean built = generation > 0;
        String title = built ? "Not in this edition" : "The edition is not built yet";
        String text = built ? "The edition has no page at " + escape(path) + "."
                : "The first build has not succeeded: fix the problem shown below and save.";
        String html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title + "</title>\n"
                + "</head>\n<body>\n<main id=\"main\">\n<h1>" + title + "</h1>\n<p>" + text + "</p>\n"
                + (built ? "<p><a href=\"/index.html\">The edition’s home page</a></p>\n" : "")
                + "</main>\n</body>\n</html>\n";
        return inject(html.getBytes(StandardCharsets.UTF_8), generation);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = LivePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the preview's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
