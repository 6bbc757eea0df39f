package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteSequence;

/**
 * Decides which marks in the text are note references, in reading order: a raised number (or
 * {@code [n]}, {@code n,m}, {@code n–m}) is a reference when the document has that note in the
 * current series of notes, and 1 after higher numbers moves on to the next series; a symbol refers to
 * the symbol note of that mark. Every other mark stays as text, and the report counts it.
 */
final class NoteReferences {
    private final Set<String> labels;
    private final ImportLog log;
    private final NoteSequence sequence = new NoteSequence();

    /** @param labels the labels of the notes the document has */
    NoteReferences(Set<String> labels, ImportLog log) {
        this.labels = Set.copyOf(labels);
        this.log = log;
    }

    /** The blocks with their marks resolved. */
    List<Block> resolve(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.add(new Block.Paragraph(resolveText(p.text()), p.quote(), p.page()));
            } else if (b instanceof Block.Heading h) {
                out.add(new Block.Heading(h.level(), resolveText(h.text()), h.page()));
            } else if (b instanceof Block.Bullets l) {
                out.add(new Block.Bullets(l.items().stream().map(this::resolveText).toList(), l.page()));
            } else if (b instanceof Block.Exhibit e) {
                out.add(new Block.Exhibit(asText(e.caption()), e.rows(), e.page()));
            } else if (b instanceof Block.Note n) {
                out.add(new Block.Note(n.label(), asText(n.text()), n.page()));
                log.noteText(n.label(), n.page());
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private List<Inline> resolveText(List<Inline> text) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : text) {
            if (i instanceof Inline.Mark m) {
                List<String> refs = references(m);
                if (refs.isEmpty()) {
                    out.add(new Inline.Words(m.mark()));
                    if (m.raised()) {
                        log.did(Intervention.Kind.SUPERSCRIPT_KEPT, m.page(), m.mark());
                    }
                } else {
                    refs.forEach(r -> out.add(new Inline.Reference(r)));
                    refs.forEach(r -> log.noteReference(r, m.page()));
                }
            } else {
                out.add(i);
            }
        }
        return LineText.merge(out);
    }

    private List<String> references(Inline.Mark m) {
        String mark = m.mark().replace("[", "").replace("]", "").strip();
        if (NoteSequence.isSymbol(mark)) {
            String label = sequence.nextSymbol(mark);
            if (labels.contains(label)) {
                return List.of(sequence.takeSymbol(mark));
            }
            return !label.equals(mark) && labels.contains(mark) && m.raised() ? List.of(mark) : List.of();
        }
        if (!m.raised()) {
            return List.of();
        }
        List<Integer> numbers = numbers(mark);
        List<String> refs = new ArrayList<>();
        for (int n : numbers) {
            if (n == 1 && sequence.expected() > 2 && labels.contains(NoteSequence.label(1, sequence.series() + 1))) {
                sequence.startSeries();
            }
            if (!labels.contains(NoteSequence.label(n, sequence.series())) || n > sequence.expected() + 20) {
                return List.of();
            }
        }
        for (int n : numbers) {
            refs.add(sequence.cite(n));
        }
        return refs;
    }

    private static List<Integer> numbers(String mark) {
        List<Integer> out = new ArrayList<>();
        for (String part : mark.split("\\s*,\\s*")) {
            String[] range = part.split("\\s*[–-]\\s*");
            if (range.length == 2 && !range[0].isEmpty() && !range[1].isEmpty()) {
                int a = Integer.parseInt(range[0]);
                int b = Integer.parseInt(range[1]);
                for (int n = a; n <= b && b - a < 20; n++) {
                    out.add(n);
                }
            } else if (part.matches("[0-9]{1,4}")) {
                out.add(Integer.parseInt(part));
            } else {
                return List.of();
            }
        }
        return out;
    }

    private static List<Inline> asText(List<Inline> text) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : text) {
            out.add(i instanceof Inline.Mark m ? new Inline.Words(m.mark()) : i);
        }
        return LineText.merge(out);
    }
}
