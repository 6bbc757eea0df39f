package org.edition.model.compare;

import java.util.List;

/**
 * The distinctive vocabulary of one report, most distinctive first.
 *
 * @param reportId the report
 * @param terms    its distinctive words and phrases
 */
public record ReportVocabulary(String reportId, List<DistinctiveTerm> terms) {
    public ReportVocabulary {
        terms = List.copyOf(terms);
    }
}
