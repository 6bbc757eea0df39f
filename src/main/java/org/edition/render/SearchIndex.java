package org.edition.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.edition.model.Edition;
import org.edition.model.Note;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.model.Section;

/**
 * The documents the site's search covers — every paragraph, every note with text and every glossary
 * entry — written as a
 * script ({@code assets/search-data.js}) so the search page can load it from {@code file://} without
 * {@code fetch}. The index itself is built by lunr in the browser when a reader searches.
 */
public final class SearchIndex {
    private static final JsonFactory JSON = new JsonFactory();

    /** The site path of the search data. */
    public static final String PATH = "assets/search-data.js";

    private SearchIndex() {
    }

    /** The search data script for the edition. */
    public static String script(Edition edition) {
        StringWriter out = new StringWriter();
        out.write("/* Search data of the edition: one document per paragraph and note. Generated; do not edit. */\n");
        out.write("window.EDITION_SEARCH_DATA = ");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Report report : edition.reports()) {
                String page = SiteRenderer.reportPath(report);
                for (Section section : report.sections()) {
                    for (Paragraph p : section.paragraphs()) {
                        document(g, page + "#" + p.id(), report, section.level() > 0 ? section.title() : "", "¶ " + p.number(), p.text());
                    }
                }
                for (Note note : report.notes()) {
                    if (!note.text().isEmpty()) {
                        document(g, page + "#" + note.id(), report, "Notes", "note " + note.label(), note.text());
                    }
                }
            }
            for (org.edition.model.GlossaryEntry entry : edition.glossary().entries()) {
                String text = entry.term() + (entry.aliases().isEmpty() ? "" : " (" + String.join(", ", entry.aliases()) + ")")
                        + ". " + entry.definition();
                g.writeStartObject();
                g.writeStringField("u", "glossary/" + entry.id() + ".html");
                g.writeStringField("r", "Glossary");
                g.writeStringField("s", entry.term());
                g.writeStringField("p", entry.kind());
                g.writeStringField("t", text);
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(";\n");
        return out.toString();
    }

    private static void document(JsonGenerator g, String url, Report report, String section, String place, String text)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("u", url);
        g.writeStringField("r", report.metadata().title());
        g.writeStringField("s", section);
        g.writeStringField("p", place);
        g.writeStringField("t", text);
        g.writeEndObject();
    }
}
