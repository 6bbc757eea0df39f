package org.edition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edition.model.Annotation;
import org.edition.model.Edition;
import org.edition.model.GlossaryEntry;
import org.edition.model.Report;
import org.edition.model.TermOccurrence;

/**
 * What the glossary and annotation parts of the pages need, gathered from the linked edition once, so
 * that each page looks its part up instead of scanning every occurrence of the edition.
 */
public final class TermPages {
    private final Edition edition;
    /** Entry id → report id → its occurrences there, in the glossary's (report and reading) order. */
    private final Map<String, Map<String, List<TermOccurrence>>> occurrences = new HashMap<>();
    /** Report id → the ids of the entries linked on its page. */
    private final Map<String, Set<String>> linked = new HashMap<>();
    /** Report id → paragraph id → its annotations, in reading order. */
    private final Map<String, Map<String, List<Annotation>>> annotations = new HashMap<>();

    /** A report's occurrences of one entry, for the entry's page. */
    public record ReportOccurrences(Report report, List<TermOccurrence> occurrences) {
    }

    private TermPages(Edition edition) {
        this.edition = edition;
        for (TermOccurrence o : edition.glossary().occurrences()) {
            occurrences.computeIfAbsent(o.entryId(), k -> new HashMap<>())
                    .computeIfAbsent(o.reportId(), k -> new ArrayList<>()).add(o);
            if (o.linked()) {
                linked.computeIfAbsent(o.reportId(), k -> new LinkedHashSet<>()).add(o.entryId());
            }
        }
        for (Annotation a : edition.annotations()) {
            annotations.computeIfAbsent(a.reportId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.paragraphId(), k -> new ArrayList<>()).add(a);
        }
    }

    /** The look-ups of a linked edition. */
    static TermPages of(Edition edition) {
        return new TermPages(edition);
    }

    /** The occurrences of an entry grouped by report, in the edition's report order; reports without any are left out. */
    List<ReportOccurrences> occurrencesByReport(GlossaryEntry entry) {
        Map<String, List<TermOccurrence>> byReport = occurrences.getOrDefault(entry.id(), Map.of());
        List<ReportOccurrences> out = new ArrayList<>();
        for (Report r : edition.reports()) {
            List<TermOccurrence> list = byReport.get(r.id());
            if (list != null) {
                out.add(new ReportOccurrences(r, List.copyOf(list)));
            }
        }
        return out;
    }

    /**
     * An entry's page, its occurrences by report ({@link #occurrencesByReport}), cut into parts of whole
     * reports (see {@link PageParts}), each report weighing the text of its occurrences, named after it.
     */
    static PageParts<ReportOccurrences> occurrenceParts(List<ReportOccurrences> occurrences, String path) {
        return PageParts.of(path, occurrences, TermPages::weight, ro -> ro.report().metadata().shortName());
    }

    /** The characters a report's occurrences put on an entry's page: their contexts and what frames each. */
    private static long weight(ReportOccurrences ro) {
        long w = PageParts.FRAME;
        for (TermOccurrence o : ro.occurrences()) {
            w += PageParts.FRAME + o.before().length() + o.matched().length() + o.after().length();
        }
        return w;
    }

    /** The entries linked on a report's page, in glossary order, for the page's definitions. */
    List<GlossaryEntry> linkedIn(Report report) {
        Set<String> ids = linked.getOrDefault(report.id(), Set.of());
        return edition.glossary().entries().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /** A report's annotations by the paragraph they are attached to. */
    Map<String, List<Annotation>> annotationsByParagraph(Report report) {
        return annotations.getOrDefault(report.id(), Map.of());
    }
}
