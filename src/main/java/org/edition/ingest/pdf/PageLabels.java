package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The number each page is marked with in the edition: the number printed on it, else the label the
 * PDF declares, else its position in the file where that number is printed on no other page; a page
 * that none fits is not marked.
 */
final class PageLabels {
    private static final String VALID = "[^\\s>-]{1,12}";

    private PageLabels() {
    }

    static List<String> of(List<PdfPage> pages, List<String> printed) {
        Set<String> used = new HashSet<>();
        printed.stream().filter(s -> !s.isEmpty()).forEach(used::add);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String label = printed.get(i);
            if (label.isEmpty() && pages.get(i).label().matches(VALID) && !used.contains(pages.get(i).label())) {
                label = pages.get(i).label();
            }
            if (label.isEmpty() && !used.contains(String.valueOf(i + 1))) {
                label = String.valueOf(i + 1);
            }
            out.add(label.matches(VALID) ? label : "");
        }
        return out;
    }
}
