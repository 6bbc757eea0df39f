package org.edition.render.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.Edition;
import org.edition.model.GlossaryEntry;
import org.edition.model.Note;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.model.Section;
import org.edition.parallel.EveryCore;

/**
 * The edition's search index, made at build time: every paragraph, every note with text and every glossary
 * entry is a document; every indexed word ({@link SearchTerms}) has its postings — the documents holding it,
 * with the word's positions, for phrases and nearness. Written as scripts the search page loads as a query
 * needs them, so that a query fetches only the parts of the index its words are in and the texts of the
 * results it shows:
 *
 * <ul>
 *   <li>{@value #CONTENTS}: how many documents there are and the first word of each postings part;</li>
 *   <li>{@code assets/search/t<n>.js}: the postings of a run of words in alphabetical order, about
 *       {@value #PART_CHARACTERS} characters a part (a word with more postings has a part of its own);</li>
 *   <li>{@code assets/search/d<n>.js}: the documents {@value #DOCUMENTS_PER_PART}·n to
 *       {@value #DOCUMENTS_PER_PART}·n + {@value #DOCUMENTS_PER_PART} − 1: address, report, section, place, text.</li>
 * </ul>
 * Each part calls {@code EDITION_SEARCH_PART(name, data)}. Numbers in postings are written as variable-length
 * base-32 digits ({@link #append}).
 */
public final class SearchIndex {
    /** The folder of the index's scripts. */
    public static final String FOLDER = "assets/search/";
    /** The table of contents, loaded first. */
    public static final String CONTENTS = FOLDER + "index.js";
    /** Documents per documents part. */
    public static final int DOCUMENTS_PER_PART = 16;
    /** Characters of postings after which a postings part is closed. */
    public static final int PART_CHARACTERS = 48 * 1024;
    /** Digits that end a number, and digits that go on: 32 of each, none needing escapes in JSON or HTML. */
    private static final String LAST = "0123456789abcdefghijklmnopqrstuv";
    private static final String MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~+=";
    private static final JsonFactory JSON = new JsonFactory();
    /** Documents cut into words at a time (on every core), so that the words of all of them are never held at once. */
    private static final int BATCH = 512;

    /** A searched document: where it is, what to call it, its text. */
    record Document(String url, String report, String section, String place, String text) {
    }

    private final List<Document> documents;
    /** The postings parts: each a run of words with their document frequency and postings, in alphabetical order. */
    private final List<List<Object[]>> parts = new ArrayList<>();

    private SearchIndex(List<Document> documents, Map<String, Postings> postings) {
        this.documents = documents;
        List<String> terms = new ArrayList<>(postings.keySet());
        terms.sort(null);
        List<Object[]> part = new ArrayList<>();
        int size = 0;
        for (String term : terms) {
            Postings p = postings.get(term);
            if (!part.isEmpty() && size + p.text.length() > PART_CHARACTERS) {
                parts.add(part);
                part = new ArrayList<>();
                size = 0;
            }
            part.add(new Object[] {term, p.documents, p.text.toString()});
            size += term.length() + p.text.length() + 8;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    /** The postings of one word being built, in document order. */
    private static final class Postings {
        final StringBuilder text = new StringBuilder();
        int documents;
        int last = -1;
    }

    /** Indexes the edition's documents (tokenised on every core, postings put together in document order). */
    public static SearchIndex of(Edition edition) {
        List<Document> documents = documents(edition);
        Map<String, Postings> postings = new HashMap<>();
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<Map<String, List<Integer>>> words = EveryCore.map(documents.subList(from, Math.min(documents.size(), from + BATCH)),
                    d -> positions(d.text()));
            for (int k = 0; k < words.size(); k++) {
                add(postings, from + k, words.get(k));
            }
        }
        return new SearchIndex(documents, postings);
    }

    /** Adds one document's words to the postings (documents are added in order). */
    private static void add(Map<String, Postings> postings, int doc, Map<String, List<Integer>> words) {
        for (Map.Entry<String, List<Integer>> e : words.entrySet()) {
            Postings p = postings.computeIfAbsent(e.getKey(), k -> new Postings());
            append(p.text, doc - p.last);
            p.last = doc;
            p.documents++;
            List<Integer> at = e.getValue();
            append(p.text, at.size());
            int previous = 0;
            for (int position : at) {
                append(p.text, position - previous);
                previous = position;
            }
        }
    }

    /** Each indexed word of a text with its positions, words in order of first appearance. */
    private static Map<String, List<Integer>> positions(String text) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (SearchTerms.Term t : SearchTerms.of(text)) {
            out.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t.position());
        }
        return out;
    }

    /** The documents: each report's paragraphs and notes with text, in the edition's order, then the glossary. */
    private static List<Document> documents(Edition edition) {
        List<Document> out = new ArrayList<>();
        for (Report report : edition.reports()) {
            String page = "reports/" + report.id() + ".html";
            for (Section section : report.sections()) {
                for (Paragraph p : section.paragraphs()) {
                    out.add(new Document(page + "#" + p.id(), report.metadata().title(), section.level() > 0 ? section.title() : "",
                            "¶ " + p.number(), p.text()));
                }
            }
            for (Note note : report.notes()) {
                if (!note.text().isEmpty()) {
                    out.add(new Document(page + "#" + note.id(), report.metadata().title(), "Notes", "note " + note.label(), note.text()));
                }
            }
        }
        for (GlossaryEntry entry : edition.glossary().entries()) {
            String text = entry.term() + (entry.aliases().isEmpty() ? "" : " (" + String.join(", ", entry.aliases()) + ")")
                    + ". " + entry.definition();
            out.add(new Document("glossary/" + entry.id() + ".html", "Glossary", entry.term(), entry.kind(), text));
        }
        return out;
    }

    /** Writes a number as base-32 digits, lowest first: every digit but the last from {@link #MORE}, the last from {@link #LAST}. */
    static void append(StringBuilder out, int number) {
        int n = number;
        while (n >= 32) {
            out.append(MORE.charAt(n & 31));
            n >>>= 5;
        }
        out.append(LAST.charAt(n));
    }

    /** How many documents are indexed. */
    public int documentCount() {
        return documents.size();
    }

    /** How many postings parts there are ({@code t0.js} …). */
    public int postingsParts() {
        return parts.size();
    }

    /** How many documents parts there are ({@code d0.js} …). */
    public int documentParts() {
        return (documents.size() + DOCUMENTS_PER_PART - 1) / DOCUMENTS_PER_PART;
    }

    /** The table of contents script. */
    public byte[] contents() {
        return script(g -> {
            g.writeStartObject();
            g.writeNumberField("documents", documents.size());
            g.writeNumberField("perPart", DOCUMENTS_PER_PART);
            g.writeArrayFieldStart("parts");
            for (List<Object[]> part : parts) {
                g.writeString((String) part.get(0)[0]);
            }
            g.writeEndArray();
            g.writeEndObject();
        }, "/* The search index's table of contents. Generated; do not edit. */\nwindow.EDITION_SEARCH_INDEX = ", ";\n");
    }

    /** Postings part n. */
    public byte[] postingsPart(int n) {
        return part("t" + n, g -> {
            g.writeStartArray();
            for (Object[] entry : parts.get(n)) {
                g.writeString((String) entry[0]);
                g.writeNumber((Integer) entry[1]);
                g.writeString((String) entry[2]);
            }
            g.writeEndArray();
        });
    }

    /** Documents part n. */
    public byte[] documentsPart(int n) {
        return part("d" + n, g -> {
            g.writeStartArray();
            for (Document d : documents.subList(n * DOCUMENTS_PER_PART, Math.min(documents.size(), (n + 1) * DOCUMENTS_PER_PART))) {
                g.writeStartArray();
                g.writeString(d.url());
                g.writeString(d.report());
                g.writeString(d.section());
                g.writeString(d.place());
                g.writeString(d.text());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    private static byte[] part(String name, Json json) {
        return script(json, "EDITION_SEARCH_PART(\"" + name + "\", ", ");\n");
    }

    /** JSON written by a generator. */
    private interface Json {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] script(Json json, String before, String after) {
        StringWriter out = new StringWriter();
        out.write(before);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            json.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(after);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
