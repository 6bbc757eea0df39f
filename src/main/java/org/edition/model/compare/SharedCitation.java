package org.edition.model.compare;

import java.util.List;

/**
 * A source or organisation that two reports or more cite in their notes.
 *
 * @param kind  what matched: {@code url}, {@code title}, {@code author} or {@code organisation}
 * @param label the matched URL, title, author or organisation, as first written
 * @param notes the notes citing it, by report then label order
 */
public record SharedCitation(String kind, String label, List<CitedNote> notes) {
    public SharedCitation {
        notes = List.copyOf(notes);
    }

    /** How a reader names what matched. */
    public String kindLabel() {
        return switch (kind) {
            case "url" -> "same address";
            case "title" -> "same title";
            case "author" -> "same author";
            default -> "organisation";
        };
    }

    /**
     * The notes grouped by what they say: each distinct citing text once, with the notes that cite the
     * source in those words, report by report (in the order of the notes). A source a hundred notes cite in the
     * same words is shown once with a hundred links, not a hundred times.
     */
    public List<Wording> wordings() {
        java.util.Map<String, java.util.Map<String, List<CitedNote>>> byText = new java.util.LinkedHashMap<>();
        for (CitedNote n : notes) {
            byText.computeIfAbsent(n.text(), t -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(n.reportId(), r -> new java.util.ArrayList<>()).add(n);
        }
        return byText.entrySet().stream().map(e -> new Wording(e.getKey(), e.getValue().entrySet().stream()
                .map(r -> new Citing(r.getKey(), r.getValue())).toList())).toList();
    }

    /**
     * One way the source is cited.
     *
     * @param text    the citing text
     * @param reports the reports citing it so, each with its notes
     */
    public record Wording(String text, List<Citing> reports) {
        public Wording {
            reports = List.copyOf(reports);
        }
    }

    /**
     * The notes of one report that cite a source in the same words.
     *
     * @param reportId the report
     * @param notes    its notes, in order
     */
    public record Citing(String reportId, List<CitedNote> notes) {
        public Citing {
            notes = List.copyOf(notes);
        }
    }

    /** The notes of one report. */
    public List<CitedNote> notesOf(String reportId) {
        return notes.stream().filter(n -> n.reportId().equals(reportId)).toList();
    }
}
