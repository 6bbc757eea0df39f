package org.edition.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edition.model.Author;
import org.edition.model.PublicationDate;
import org.edition.model.ReportMetadata;

/**
 * How to cite a report: a Chicago-style reference (notes and bibliography), a BibTeX entry and a
 * CSL-JSON record, all from the report's metadata.
 */
public final class Citation {
    private static final JsonFactory JSON = new JsonFactory();
    private final ReportMetadata m;

    public Citation(ReportMetadata metadata) {
        this.m = metadata;
    }

    /**
     * The Chicago bibliography entry as plain text:
     * {@code Lo, Bobo. An Accident Waiting to Happen: …. Lowy Institute Analysis. Sydney: Lowy Institute …, October 2017. https://….}
     * The title is in {@link #chicagoParts()} so a page can set it in italics.
     */
    public String chicago() {
        List<String> p = chicagoParts();
        return p.get(0) + p.get(1) + p.get(2);
    }

    /** The Chicago entry in three parts: before the title, the title (italic), after the title. */
    public List<String> chicagoParts() {
        String before = authorsChicago();
        before = before.isEmpty() ? "" : (before.endsWith(".") ? before : before + ".") + " ";
        StringBuilder after = new StringBuilder(". ");
        if (!m.seriesLine().isEmpty()) {
            after.append(m.seriesLine()).append(". ");
        }
        List<String> imprint = new ArrayList<>();
        String place = m.place().isEmpty() ? "" : m.place() + ": ";
        if (!m.publisher().isEmpty()) {
            imprint.add(place + m.publisher());
        }
        m.date().ifPresent(d -> imprint.add(chicagoDate(d)));
        if (!imprint.isEmpty()) {
            after.append(String.join(", ", imprint)).append(". ");
        }
        if (!m.url().isEmpty()) {
            after.append(m.url()).append('.');
        }
        return List.of(before, m.fullTitle(), after.toString().strip());
    }

    private String authorsChicago() {
        List<Author> authors = m.authors();
        if (authors.isEmpty()) {
            return m.publisher();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            names.add(i == 0 && !a.givenNames().isEmpty() ? a.familyName() + ", " + a.givenNames() : a.name());
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    /** Chicago's date: {@code October 2017}, {@code November 19, 2020}. */
    static String chicagoDate(PublicationDate d) {
        if (d.month() == 0) {
            return Integer.toString(d.year());
        }
        String month = PublicationDate.monthName(d.month());
        return d.day() == 0 ? month + " " + d.year() : month + " " + d.day() + ", " + d.year();
    }

    /** A citation key: first author's family name, year, first significant title word ({@code lo2017accident}). */
    public String key() {
        String family = m.authors().isEmpty() ? m.id() : m.authors().get(0).familyName();
        String word = "";
        for (String w : m.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3 && !List.of("with", "from", "that", "this", "their", "into").contains(w)) {
                word = w;
                break;
            }
        }
        String year = m.date().map(d -> Integer.toString(d.year())).orElse("");
        return ascii(family) + year + ascii(word);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
                .replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** A BibTeX {@code @techreport} entry. */
    public String bibtex() {
        StringBuilder s = new StringBuilder("@techreport{").append(key()).append(",\n");
        field(s, "author", String.join(" and ", m.authors().stream()
                .map(a -> a.givenNames().isEmpty() ? a.name() : a.familyName() + ", " + a.givenNames()).toList()));
        field(s, "title", m.fullTitle());
        field(s, "institution", m.publisher());
        field(s, "address", m.place());
        field(s, "type", m.series());
        field(s, "number", m.number());
        m.date().ifPresent(d -> {
            field(s, "year", Integer.toString(d.year()));
            if (d.month() > 0) {
                // BibTeX's month macro: jan, feb … dec
                s.append("  month = ").append(PublicationDate.monthName(d.month()).substring(0, 3).toLowerCase(Locale.ROOT))
                        .append(",\n");
            }
            field(s, "date", d.iso());
        });
        field(s, "url", m.url());
        field(s, "langid", m.language().equals("en") ? "english" : m.language());
        return s.append("}\n").toString();
    }

    private static void field(StringBuilder s, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String escaped = name.equals("url") ? value : value.replace("\\", "\\textbackslash{}")
                .replaceAll("([&%$#_{}])", "\\\\$1").replace("~", "\\textasciitilde{}").replace("^", "\\textasciicircum{}");
        s.append("  ").append(name).append(" = {").append(escaped).append("},\n");
    }

    /** A CSL-JSON array holding the report as one item of type {@code report}. */
    public String cslJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            writeCsl(g);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Writes the report's CSL-JSON object (for embedding in a larger document). */
    void writeCsl(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("type", "report");
        g.writeStringField("title", m.fullTitle());
        g.writeArrayFieldStart("author");
        for (Author a : m.authors()) {
            g.writeStartObject();
            if (a.givenNames().isEmpty()) {
                g.writeStringField("literal", a.name());
            } else {
                g.writeStringField("family", a.familyName());
                g.writeStringField("given", a.givenNames());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "publisher", m.publisher());
        optional(g, "publisher-place", m.place());
        optional(g, "collection-title", m.series());
        optional(g, "number", m.number());
        if (m.date().isPresent()) {
            PublicationDate d = m.date().get();
            g.writeObjectFieldStart("issued");
            g.writeArrayFieldStart("date-parts");
            g.writeStartArray();
            g.writeNumber(d.year());
            if (d.month() > 0) {
                g.writeNumber(d.month());
            }
            if (d.day() > 0) {
                g.writeNumber(d.day());
            }
            g.writeEndArray();
            g.writeEndArray();
            g.writeEndObject();
        }
        optional(g, "URL", m.url());
        optional(g, "language", m.language());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }
}
