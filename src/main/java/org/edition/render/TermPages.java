package org.edition.render;

import java.util.ArrayList;
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

/** What the glossary and annotation parts of the pages need, gathered from the linked edition. */
public final class TermPages {
    private TermPages() {
    }

    /** A report's occurrences of one entry, for the entry's page. */
    public record ReportOccurrences(Report report, List<TermOccurrence> occurrences) {
    }

    /** The occurrences of an entry grouped by report, in the edition's report order; reports without any are left out. */
    static List<ReportOccurrences> occurrencesByReport(Edition edition, GlossaryEntry entry) {
        List<ReportOccurrences> out = new ArrayList<>();
        for (Report r : edition.reports()) {
            List<TermOccurrence> list = edition.glossary().occurrencesOf(entry.id(), r.id());
            if (!list.isEmpty()) {
                out.add(new ReportOccurrences(r, list));
            }
        }
        return out;
    }

    /** The entries linked on a report's page, in glossary order, for the page's definitions. */
    static List<GlossaryEntry> linkedIn(Edition edition, Report report) {
        Set<String> ids = new LinkedHashSet<>();
        for (TermOccurrence o : edition.glossary().occurrences()) {
            if (o.linked() && o.reportId().equals(report.id())) {
                ids.add(o.entryId());
            }
        }
        return edition.glossary().entries().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /** A report's annotations by the paragraph they are attached to. */
    static Map<String, List<Annotation>> annotationsByParagraph(Edition edition, Report report) {
        Map<String, List<Annotation>> out = new LinkedHashMap<>();
        for (Annotation a : edition.annotationsOf(report.id())) {
            out.computeIfAbsent(a.paragraphId(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }
}
