package org.edition.ingest.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import org.edition.model.Note;
import org.edition.model.NoteReference;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Links note references to notes and back: gives each reference an id in reading order, and makes
 * one note per label, whether the source holds its text, part of it, or none.
 */
final class NoteLinks {
    // Selectors compiled once: jsoup parses a selector string again at every call.
    private static final Evaluator NOTE_SUP = QueryParser.parse("sup[data-note]");
    private static final Evaluator BREAKS_OFF = QueryParser.parse("span[data-marker=note-breaks-off]");
    private static final Evaluator MARKERS = QueryParser.parse("span[data-marker], span[data-page]");

    private final Anchors anchors;
    private final Map<String, List<NoteReference>> referencesByLabel = new LinkedHashMap<>();
    private int order;

    NoteLinks(Anchors anchors) {
        this.anchors = anchors;
    }

    /**
     * Replaces each note placeholder {@code sup[data-note]} in the element with a DPUB-ARIA note
     * reference {@code <sup><a role="doc-noteref" id="ref-3" href="#note-3">3</a></sup>}.
     *
     * @param blockId the id of the paragraph or heading the element renders
     */
    void link(Element element, String blockId) {
        for (Element sup : element.select(NOTE_SUP)) {
            String label = sup.attr("data-note");
            List<NoteReference> refs = referencesByLabel.computeIfAbsent(label, l -> new ArrayList<>());
            String base = "ref-" + slugOf(label);
            String id = anchors.unique(refs.isEmpty() ? base : base + "-" + (refs.size() + 1), "ref");
            refs.add(new NoteReference(id, label, blockId, ++order));
            sup.removeAttr("data-note").empty();
            sup.appendElement("a")
                    .attr("role", "doc-noteref")
                    .attr("id", id)
                    .attr("href", "#" + noteId(label))
                    .attr("aria-label", "note " + label)
                    .text(label);
        }
    }

    /**
     * The notes: every label cited, in order of first citation, then labels defined but never cited.
     *
     * @param definitions the note texts by label, in the order defined
     */
    List<Note> notes(Map<String, FootnoteBlock> definitions, MarkdownEngine engine) {
        List<String> labels = new ArrayList<>(referencesByLabel.keySet());
        definitions.keySet().stream().filter(l -> !referencesByLabel.containsKey(l)).forEach(labels::add);
        List<Note> notes = new ArrayList<>();
        for (String label : labels) {
            List<NoteReference> refs = referencesByLabel.getOrDefault(label, List.of());
            FootnoteBlock definition = definitions.get(label);
            if (definition == null) {
                notes.add(new Note(label, noteId(label), "", "", Note.Status.MISSING, refs));
                continue;
            }
            Element body = new Element("div");
            for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
                for (Element rendered : engine.renderText(child.getChars().toString()).children()) {
                    body.appendChild(rendered);
                }
            }
            boolean breaksOff = !body.select(BREAKS_OFF).isEmpty();
            EmendationMarks.link(body);
            body.select(MARKERS).remove();
            body.select(NOTE_SUP).forEach(s -> s.text(s.attr("data-note")).removeAttr("data-note"));
            if (body.childrenSize() == 1 && body.child(0).tagName().equals("p")) {
                body = body.child(0);
            }
            notes.add(new Note(label, noteId(label), body.html().strip(), Text.of(body),
                    breaksOff ? Note.Status.BREAKS_OFF : Note.Status.PRESENT, refs));
        }
        return notes;
    }

    private String noteId(String label) {
        return "note-" + slugOf(label);
    }

    private static String slugOf(String label) {
        String slug = Anchors.slug(label);
        return slug.isEmpty() ? Integer.toHexString(label.hashCode()) : slug;
    }
}
