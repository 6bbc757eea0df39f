package org.edition.model.compare;

import java.util.List;

/**
 * The glossary entries the reports share and those only one report uses.
 *
 * @param shared entries used by two reports or more, in glossary order
 * @param only   per report, in the edition's report order, the entries no other report uses
 */
public record GlossaryComparison(List<GlossaryUse> shared, List<ReportEntries> only) {

    /** No glossary. */
    public static final GlossaryComparison EMPTY = new GlossaryComparison(List.of(), List.of());

    public GlossaryComparison {
        shared = List.copyOf(shared);
        only = List.copyOf(only);
    }

    /** The entries only one report uses. */
    public record ReportEntries(String reportId, List<GlossaryUse> entries) {
        public ReportEntries {
            entries = List.copyOf(entries);
        }
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return shared.isEmpty() && only.stream().allMatch(o -> o.entries().isEmpty());
    }
}
