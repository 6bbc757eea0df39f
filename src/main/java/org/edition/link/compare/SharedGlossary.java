package org.edition.link.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.Report;
import org.edition.model.TermOccurrence;
import org.edition.model.compare.GlossaryComparison;
import org.edition.model.compare.GlossaryUse;

/**
 * Sorts the glossary's entries by the reports that use them (in their text or notes): those two reports or
 * more use, and for each report those no other report uses. Entries no report uses are left out.
 */
public final class SharedGlossary {

    /** Compares the reports' use of a linked glossary (one with its occurrences). */
    public GlossaryComparison compare(List<Report> reports, Glossary glossary) {
        List<GlossaryUse> shared = new ArrayList<>();
        List<List<GlossaryUse>> only = new ArrayList<>();
        reports.forEach(r -> only.add(new ArrayList<>()));
        Map<String, Map<String, Integer>> occurrences = new HashMap<>();
        for (TermOccurrence o : glossary.occurrences()) {
            occurrences.computeIfAbsent(o.entryId(), k -> new HashMap<>()).merge(o.reportId(), 1, Integer::sum);
        }
        for (GlossaryEntry entry : glossary.entries()) {
            Map<String, Integer> inReport = occurrences.getOrDefault(entry.id(), Map.of());
            List<Integer> counts = reports.stream().map(r -> inReport.getOrDefault(r.id(), 0)).toList();
            List<Integer> using = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                if (counts.get(i) > 0) {
                    using.add(i);
                }
            }
            GlossaryUse use = new GlossaryUse(entry, counts);
            if (using.size() > 1) {
                shared.add(use);
            } else if (using.size() == 1) {
                only.get(using.get(0)).add(use);
            }
        }
        List<GlossaryComparison.ReportEntries> byReport = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            byReport.add(new GlossaryComparison.ReportEntries(reports.get(i).id(), only.get(i)));
        }
        return new GlossaryComparison(shared, byReport);
    }
}
