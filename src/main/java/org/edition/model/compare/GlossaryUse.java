package org.edition.model.compare;

import java.util.List;
import org.edition.model.GlossaryEntry;

/**
 * How often each report uses one glossary entry.
 *
 * @param entry  the entry
 * @param counts occurrences per report, in the edition's report order
 */
public record GlossaryUse(GlossaryEntry entry, List<Integer> counts) {
    public GlossaryUse {
        counts = List.copyOf(counts);
    }

    /** How many reports use the entry. */
    public long reports() {
        return counts.stream().filter(n -> n > 0).count();
    }

    /** How often all the reports together use the entry. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
