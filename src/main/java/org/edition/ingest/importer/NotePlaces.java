package org.edition.ingest.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where in the raw source each note reference and each note text of the edition Markdown came from,
 * as the importer recorded it through {@link ImportLog#noteReference} and {@link ImportLog#noteText}.
 * The Markdown itself has no source lines; the import report uses these to send an editor to the line
 * of each reference without a note and each note without a reference. An importer that records
 * nothing gives no lines, and the report says so.
 */
public final class NotePlaces {

    /** Nothing recorded. */
    public static final NotePlaces NONE = new NotePlaces(List.of(), List.of());

    /**
     * One reference or note text and its line.
     *
     * @param label the label as written in the Markdown ({@code 12}, {@code 3-2}, {@code *})
     * @param line  the 1-based line of the raw source
     */
    public record Place(String label, int line) {
    }

    private final boolean pages;
    private final List<Place> references;
    private final List<Place> texts;
    private final Map<String, List<Integer>> referenceLines = new HashMap<>();
    private final Map<String, Integer> textLines = new HashMap<>();

    /**
     * @param references the references, in the order recorded
     * @param texts      the note texts, in the order recorded
     */
    public NotePlaces(List<Place> references, List<Place> texts) {
        this(references, texts, false);
    }

    /**
     * @param references the references, in the order recorded
     * @param texts      the note texts, in the order recorded
     * @param pages      whether the positions are page numbers (a PDF) rather than source lines
     */
    public NotePlaces(List<Place> references, List<Place> texts, boolean pages) {
        this.pages = pages;
        this.references = List.copyOf(references);
        this.texts = List.copyOf(texts);
        Map<String, TreeSet<Integer>> lines = new HashMap<>();
        for (Place p : this.references) {
            if (p.line() > 0) {
                lines.computeIfAbsent(p.label(), k -> new TreeSet<>()).add(p.line());
            }
        }
        lines.forEach((label, set) -> referenceLines.put(label, List.copyOf(set)));
        for (Place p : this.texts) {
            if (p.line() > 0) {
                textLines.merge(p.label(), p.line(), Math::min);
            }
        }
    }

    /** What a position counts, as the report names it: {@code line}, or {@code page} for a PDF. */
    public String unit() {
        return pages ? "page" : "line";
    }

    /** The references, in the order recorded. */
    public List<Place> references() {
        return references;
    }

    /** The note texts, in the order recorded. */
    public List<Place> texts() {
        return texts;
    }

    /** Whether the importer recorded any place at all. */
    public boolean recorded() {
        return !references.isEmpty() || !texts.isEmpty();
    }

    /** The lines of the references to a label, ascending, each once; empty if none was recorded. */
    public List<Integer> referenceLines(String label) {
        return referenceLines.getOrDefault(label, List.of());
    }

    /** The first line of a reference to a label, or 0 if none was recorded. */
    public int referenceLine(String label) {
        List<Integer> lines = referenceLines(label);
        return lines.isEmpty() ? 0 : lines.get(0);
    }

    /** The first line of the text of a note, or 0 if none was recorded. */
    public int textLine(String label) {
        return textLines.getOrDefault(label, 0);
    }

    /** Where a note is first met: its first reference, else its text; 0 if neither was recorded. */
    public int line(String label) {
        int reference = referenceLine(label);
        return reference > 0 ? reference : textLine(label);
    }
}
