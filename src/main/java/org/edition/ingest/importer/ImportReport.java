package org.edition.ingest.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.source.SourceFormat;

/**
 * What happened when one source was imported: the format chosen and why, the note census and where
 * in the source each of its problems lies, every intervention and every diagnostic. Printed on
 * standard error by {@code edition import} and shown on the edition's about page.
 *
 * @param file          the source as named in messages
 * @param format        the format it was read as
 * @param formatReason  why that format: declared, or sniffed with which score
 * @param census        the note references and texts of the result, and the note sequence they make
 * @param notePlaces    the source lines of the references and note texts, as far as the importer recorded them
 * @param interventions what the importer did, in source order
 * @param diagnostics   warnings and notes for the editor
 */
public record ImportReport(String file, SourceFormat format, String formatReason, NoteCensus census,
        NotePlaces notePlaces, List<Intervention> interventions, List<Diagnostic> diagnostics) {

    public ImportReport {
        interventions = interventions.stream().sorted(Intervention.IN_SOURCE_ORDER).toList();
        diagnostics = diagnostics.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
    }

    /** How many interventions of each kind, for every kind that occurred, in the kinds' order. */
    public Map<Intervention.Kind, Long> counts() {
        Map<Intervention.Kind, Long> counts = new EnumMap<>(Intervention.Kind.class);
        for (Intervention i : interventions) {
            counts.merge(i.kind(), 1L, Long::sum);
        }
        return counts;
    }

    /** A count of one kind of intervention, for listing. */
    public record KindCount(Intervention.Kind kind, String label, long count) {
    }

    /** The counts as a list, in the kinds' order. */
    public List<KindCount> countList() {
        return counts().entrySet().stream().map(e -> new KindCount(e.getKey(), e.getKey().label(), e.getValue())).toList();
    }

    /** How many interventions of one kind. */
    public long count(Intervention.Kind kind) {
        return counts().getOrDefault(kind, 0L);
    }

    /** The interventions an editor should check. */
    public List<Intervention> doubtful() {
        return interventions.stream().filter(Intervention::doubtful).toList();
    }

    /** The same report about a file named differently (for the site, which names sources relative to content/). */
    public ImportReport named(String name) {
        List<Diagnostic> renamed = diagnostics.stream().map(d -> d.inFile(name)).toList();
        return new ImportReport(name, format, formatReason, census, notePlaces, interventions, renamed);
    }

    /** The note sequence in a few words, like {@code 1–39, then 1–2 (a second series, from line 812)}. */
    public String noteSequence() {
        return new NoteReportText(file, census, notePlaces, false).sequence();
    }

    /**
     * The report with every intervention listed by line, and every reference without a note and note
     * without a reference with its line, as the site keeps it for the record.
     */
    public String toFullText() {
        StringBuilder s = new StringBuilder(toText(true));
        s.append("  every intervention:\n");
        for (Intervention i : interventions) {
            s.append("    ").append(file).append(':').append(i.line()).append(": ").append(i.kind().id())
                    .append(i.doubtful() ? " (to check)" : "").append(": ").append(i.detail()).append('\n');
        }
        return s.toString();
    }

    /**
     * The report as plain text, as printed on standard error: short for a clean import, with the
     * first ten places of each kind of note problem where there are some.
     */
    public String toText() {
        return toText(false);
    }

    private String toText(boolean full) {
        StringBuilder s = new StringBuilder();
        s.append("import report for ").append(file).append('\n');
        s.append("  format: ").append(format.id()).append(" (").append(formatReason).append(")\n");
        new NoteReportText(file, census, notePlaces, full).appendTo(s);
        counts().forEach((kind, n) -> s.append("  ").append(kind.label()).append(": ").append(n).append('\n'));
        List<Intervention> doubtful = doubtful();
        if (!doubtful.isEmpty()) {
            s.append("  to check:\n");
            for (Intervention i : doubtful) {
                s.append("    ").append(file).append(':').append(i.line()).append(": ")
                        .append(i.kind().label()).append(": ").append(i.detail()).append('\n');
            }
        }
        for (Diagnostic d : diagnostics) {
            s.append("  ").append(d).append('\n');
        }
        return s.toString();
    }

    /**
     * Labels as a compact list: {@code 16–86} for a run of numbers, {@code 1-2–4-2} for a run of a second
     * series, {@code none} for nothing.
     */
    public static String range(List<String> labels) {
        if (labels.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < labels.size()) {
            int j = i;
            while (j + 1 < labels.size() && isNext(labels.get(j), labels.get(j + 1))) {
                j++;
            }
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(labels.get(i));
            if (j > i) {
                s.append(j == i + 1 ? ", " : "–").append(labels.get(j));
            }
            i = j + 1;
        }
        return s.toString();
    }

    private static boolean isNext(String a, String b) {
        NoteLabel x = NoteLabel.parse(a);
        NoteLabel y = NoteLabel.parse(b);
        return x.numbered() && y.numbered() && x.series() == y.series() && y.number() == x.number() + 1;
    }
}
