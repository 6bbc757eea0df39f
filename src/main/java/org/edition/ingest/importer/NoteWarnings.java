package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;

/**
 * The warnings the note census gives about an imported source, whatever importer read it, so that a
 * layout the importer could not read never passes as a success: references without any note text,
 * note texts without any reference, a large share of references pointing to no note (or of notes
 * cited by no reference), and numbers far out of the note sequence. Each warning is placed at the
 * source line the importer recorded for the first reference or note concerned (line 0 if it recorded
 * none).
 */
final class NoteWarnings {
    /** The share of unmatched notes above which the census warns. */
    static final double UNMATCHED_SHARE = 0.2;
    /** The fewest unmatched notes that make a share worth a warning (one stray in three is no layout). */
    static final int UNMATCHED_AT_LEAST = 3;
    /** How many numbers far out of sequence are warned about one by one before the rest are summed up. */
    static final int FAR_ONE_BY_ONE = 5;

    /** The words of a warning, the importer's or the census's, about a source with references but no note texts. */
    static final String NO_TEXTS = "no note texts";
    /** The words of a warning, the importer's or the census's, about a source with note texts but no references. */
    static final String NO_REFERENCES = "no note references";

    private NoteWarnings() {
    }

    /**
     * The warnings for one source.
     *
     * @param file   the source as named in messages
     * @param census the census of the importer's Markdown
     * @param places where the importer says each reference and note text came from
     * @param given  the importer's own diagnostics: where it already warned of a source without note
     *               texts or without references, in its own words, the census does not say it again
     */
    static List<Diagnostic> of(String file, NoteCensus census, NotePlaces places, List<Diagnostic> given) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<String> cited = census.references().stream().distinct().toList();
        List<String> texts = census.definitions();
        if (!cited.isEmpty() && texts.isEmpty()) {
            if (!alreadyWarned(given, NO_TEXTS)) {
                int line = places.referenceLine(cited.get(0));
                warnings.add(Diagnostic.warning(file, line, NO_TEXTS + " found for " + count(census.references().size(), "reference")
                        + " (" + ImportReport.range(cited) + "): the notes may be at the foot of the pages, or at the end, in a "
                        + "layout the importer does not read" + at(places, line, "the first reference is on this line: check the foot of its page")));
            }
        } else if (cited.isEmpty() && !texts.isEmpty()) {
            if (!alreadyWarned(given, NO_REFERENCES)) {
                int line = places.textLine(texts.get(0));
                warnings.add(Diagnostic.warning(file, line, count(texts.size(), "note text") + " but " + NO_REFERENCES
                        + ": the source may have lost its reference marks, or they are in a form the importer does not read; "
                        + "the notes are kept and no references are supplied" + at(places, line, "the first note text is on this line")));
            }
        } else if (!cited.isEmpty()) {
            String cutOff = cutOffAt(census);
            unmatched(file, census.withoutNote(), cited.size(), "notes cited have no note text", cutOff != null
                    ? "the source breaks off inside note " + cutOff + ", the last note text it holds"
                    : "the source may lack them, or hold them in a layout the importer does not read", places, true, warnings);
            unmatched(file, census.withoutReference(), texts.size(), "note texts are cited by no reference",
                    "their references may be marks the importer does not read, or the importer took text for notes",
                    places, false, warnings);
        }
        far(file, census, places, warnings);
        return warnings;
    }

    private static void unmatched(String file, List<String> labels, int of, String what, String why, NotePlaces places,
            boolean references, List<Diagnostic> warnings) {
        if (labels.size() < UNMATCHED_AT_LEAST || labels.size() <= UNMATCHED_SHARE * of) {
            return;
        }
        int line = references ? places.referenceLine(labels.get(0)) : places.textLine(labels.get(0));
        long percent = Math.round(100.0 * labels.size() / of);
        warnings.add(Diagnostic.warning(file, line, labels.size() + " of the " + of + " " + what + " (" + percent + "%: "
                + ImportReport.range(labels) + "): " + why
                + at(places, line, references ? "the first is cited on this line" : "the first is on this line")));
    }

    /**
     * The label of the last note text where the source breaks off inside it and every note cited without
     * a text comes after it: the notes are missing because the source stops, not because of a layout.
     */
    private static String cutOffAt(NoteCensus census) {
        List<String> texts = census.definitions();
        String last = texts.get(texts.size() - 1);
        NoteLabel end = NoteLabel.parse(last);
        if (!census.brokenOff().contains(last) || !end.numbered()) {
            return null;
        }
        boolean allAfter = census.withoutNote().stream().map(NoteLabel::parse).allMatch(l -> l.numbered()
                && (l.series() > end.series() || l.series() == end.series() && l.number() > end.number()));
        return allAfter ? last : null;
    }

    private static void far(String file, NoteCensus census, NotePlaces places, List<Diagnostic> warnings) {
        boolean texts = census.readFromTexts();
        List<String> rest = new ArrayList<>();
        int shown = 0;
        for (NoteSeries series : census.series()) {
            for (NoteSeries.Misplaced m : series.misplaced()) {
                if (!m.far()) {
                    continue;
                }
                String label = series.label(m.number());
                if (shown == FAR_ONE_BY_ONE) {
                    rest.add(label);
                    continue;
                }
                shown++;
                int line = texts ? places.textLine(label) : places.referenceLine(label);
                String what = texts ? "note text " + label : "note reference [^" + label + "]";
                String after = m.after() == 0 ? "it opens " + (series.number() == 1 ? "the notes" : "its series")
                        : "it follows " + (texts ? "note " : "[^") + series.label(m.after()) + (texts ? "" : "]");
                warnings.add(Diagnostic.warning(file, line, what + " is far out of the note sequence: " + after
                        + ", where note " + series.label(m.after() + 1) + " is expected; "
                        + (m.number() > m.after() ? "a number of the text read as a note, or notes the importer lost?"
                                : "a number of the text read as a note, or a note out of place?")));
            }
        }
        if (!rest.isEmpty()) {
            warnings.add(Diagnostic.warning(file, 0, "and " + rest.size() + " more " + (rest.size() == 1 ? "number" : "numbers")
                    + " far out of the note sequence: " + String.join(", ", rest) + " (the import report lists them with their lines)"));
        }
    }

    private static boolean alreadyWarned(List<Diagnostic> given, String words) {
        return given.stream().anyMatch(d -> d.severity() == Severity.WARNING && d.message().contains(words));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** {@code " (the first is on this line)"} ({@code page} for a PDF), or nothing where the importer recorded no line. */
    private static String at(NotePlaces places, int line, String words) {
        return line > 0 ? " (" + words.replace("this line", "this " + places.unit()) + ")" : "";
    }
}
