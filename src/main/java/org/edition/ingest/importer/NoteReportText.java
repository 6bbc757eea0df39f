package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The notes part of the import report as text: two lines for a clean import (the counts and the note
 * sequence), and for each kind of problem its labels and, one per line, where in the source to look.
 */
final class NoteReportText {
    /** How many places of one kind the short report lists; the full report lists all. */
    static final int SHORT_LIST = 10;
    private static final String ORDINALS = "second third fourth fifth sixth seventh eighth ninth tenth";

    private final String file;
    private final NoteCensus census;
    private final NotePlaces places;
    private final boolean full;

    /**
     * @param file   the source as named in the report
     * @param census the census of the importer's Markdown
     * @param places where the importer says each reference and note text came from
     * @param full   whether to list every place, not only the first {@value #SHORT_LIST} of each kind
     */
    NoteReportText(String file, NoteCensus census, NotePlaces places, boolean full) {
        this.file = file;
        this.census = census;
        this.places = places;
        this.full = full;
    }

    /** Appends the notes part to a report, each line indented by two spaces. */
    void appendTo(StringBuilder s) {
        int references = census.references().size();
        int texts = census.definitions().size();
        s.append("  notes: ").append(references).append(references == 1 ? " reference" : " references");
        if (references > 0) {
            s.append(" (").append(census.distinctReferences()).append(" distinct)");
        }
        s.append(" and ").append(texts).append(texts == 1 ? " note text" : " note texts");
        if (references > 0 && texts > 0 && census.clean()) {
            s.append(", all matched");
        } else if (!census.clean() && !places.recorded()) {
            s.append("; the importer recorded no source lines for them");
        }
        s.append('\n');
        if (references + texts > 0) {
            s.append("  note sequence: ").append(sequence()).append('\n');
        }
        unmatchedReferences(s);
        unmatchedTexts(s);
        gaps(s);
        misplaced(s);
        list(s, "notes that break off", census.brokenOff(), "", label -> at(places.textLine(label)) + "[^" + label + "]");
    }

    /** The note sequence in a few words: {@code 1–39, then 1–2 (a second series, from line 812); symbol notes *}. */
    String sequence() {
        List<String> parts = new ArrayList<>();
        List<NoteSeries> all = census.series();
        for (NoteSeries series : full ? all : all.subList(0, Math.min(all.size(), SHORT_LIST))) {
            String range = ImportReport.range(series.numbers().stream().map(String::valueOf).toList());
            if (series.number() == 1) {
                parts.add(range);
            } else {
                int line = places.line(series.label(first(series)));
                parts.add("then " + range + " (" + ordinal(series.number()) + (line > 0 ? ", from " + places.unit() + " " + line : "") + ")");
            }
        }
        if (parts.size() < all.size()) {
            parts.add("and " + (all.size() - parts.size()) + " more series (the full report lists them)");
        }
        String sequence = String.join(", ", parts);
        List<String> others = new ArrayList<>();
        if (!census.symbols().isEmpty()) {
            others.add("symbol notes " + String.join(", ", census.symbols()));
        }
        if (!census.named().isEmpty()) {
            List<String> named = census.named();
            others.add("named notes " + String.join(", ", full ? named : named.subList(0, Math.min(named.size(), SHORT_LIST)))
                    + (full || named.size() <= SHORT_LIST ? "" : " and " + (named.size() - SHORT_LIST) + " more"));
        }
        if (others.isEmpty()) {
            return sequence;
        }
        return (sequence.isEmpty() ? "no numbered notes" : sequence) + "; " + String.join("; ", others);
    }

    private void unmatchedReferences(StringBuilder s) {
        if (census.definitions().isEmpty()) {
            list(s, "references without a note", census.withoutNote(), " (no note texts found)", null);
            return;
        }
        list(s, "references without a note", census.withoutNote(), "", label -> {
            List<Integer> lines = places.referenceLines(label);
            String again = lines.size() < 2 ? "" : " (cited again at " + places.unit() + (lines.size() > 2 ? "s " : " ")
                    + String.join(", ", lines.subList(1, Math.min(lines.size(), 6)).stream().map(String::valueOf).toList())
                    + (lines.size() > 6 ? " …" : "") + ")";
            return at(lines.isEmpty() ? 0 : lines.get(0)) + "[^" + label + "]" + again;
        });
    }

    private void unmatchedTexts(StringBuilder s) {
        if (census.references().isEmpty()) {
            list(s, "notes without a reference", census.withoutReference(), " (no references found)", null);
            return;
        }
        list(s, "notes without a reference", census.withoutReference(), "", label -> at(places.textLine(label)) + "[^" + label + "]");
    }

    private void gaps(StringBuilder s) {
        List<String> runs = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (NoteSeries series : census.series()) {
            List<Integer> numbers = series.numbers();
            List<Integer> gaps = series.gaps();
            int i = 0;
            while (i < gaps.size()) {
                int j = i;
                while (j + 1 < gaps.size() && gaps.get(j + 1) == gaps.get(j) + 1) {
                    j++;
                }
                int from = gaps.get(i);
                int to = gaps.get(j);
                String run = series.label(from) + (to > from ? (to == from + 1 ? ", " : "–") + series.label(to) : "");
                runs.add(run);
                entries.add(gapEntry(series, numbers, from, to, run));
                i = j + 1;
            }
        }
        if (!runs.isEmpty()) {
            listEntries(s, "gaps in the sequence", String.join(", ", runs) + " (neither a reference nor a note text found)", entries);
        }
    }

    private String gapEntry(NoteSeries series, List<Integer> numbers, int from, int to, String run) {
        String before = numbers.stream().filter(n -> n < from).reduce((a, b) -> b).map(series::label).orElse(null);
        String after = numbers.stream().filter(n -> n > to).findFirst().map(series::label).orElse(null);
        String what = (from == to ? "note " : "notes ") + run + " would come ";
        if (before == null) {
            return at(places.line(after)) + what + "before [^" + after + "]";
        }
        int afterLine = places.line(after);
        return at(places.line(before)) + what + "between [^" + before + "] and [^" + after + "]"
                + (afterLine > 0 ? " (" + places.unit() + " " + afterLine + ")" : "");
    }

    private void misplaced(StringBuilder s) {
        boolean texts = census.readFromTexts();
        List<String> entries = new ArrayList<>();
        for (NoteSeries series : census.series()) {
            for (NoteSeries.Misplaced m : series.misplaced()) {
                String label = series.label(m.number());
                int line = texts ? places.textLine(label) : places.referenceLine(label);
                String what = texts ? "note " + label : "[^" + label + "]";
                String where = m.after() == 0 ? " opens " + (series.number() == 1 ? "the notes" : "its series")
                        : " follows " + (texts ? "note " + series.label(m.after()) : "[^" + series.label(m.after()) + "]");
                entries.add(at(line) + what + where + (m.far() ? " (far out of sequence)" : ""));
            }
        }
        if (!entries.isEmpty()) {
            listEntries(s, "numbers out of sequence", String.join(", ", census.outOfSequence())
                    + (texts ? " (in the order of the note texts)" : ""), entries);
        }
    }

    private void list(StringBuilder s, String title, List<String> labels, String note, Function<String, String> entry) {
        if (labels.isEmpty()) {
            return;
        }
        String header = ImportReport.range(labels) + note;
        listEntries(s, title, header, entry == null ? List.of() : labels.stream().map(entry).toList());
    }

    private void listEntries(StringBuilder s, String title, String header, List<String> entries) {
        s.append("  ").append(title).append(": ").append(header).append('\n');
        if (!places.recorded()) {
            return;
        }
        int shown = full ? entries.size() : Math.min(entries.size(), SHORT_LIST);
        for (String entry : entries.subList(0, shown)) {
            s.append("    ").append(entry).append('\n');
        }
        if (shown < entries.size()) {
            s.append("    … and ").append(entries.size() - shown).append(" more (--full-report lists them all)\n");
        }
    }

    /** The position prefix of an entry: {@code file:line: }, or {@code file: } where no line was recorded. */
    private String at(int line) {
        return file + (line > 0 ? ":" + line : "") + ": ";
    }

    private static int first(NoteSeries series) {
        return series.cited().isEmpty() ? series.texts().get(0) : series.cited().get(0);
    }

    /** {@code a second series} … {@code a tenth series}, then {@code series 11}. */
    private static String ordinal(int series) {
        String[] words = ORDINALS.split(" ");
        return series - 2 < words.length ? "a " + words[series - 2] + " series" : "series " + series;
    }
}
