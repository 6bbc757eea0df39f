package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.edition.ingest.furniture.PrintedPageNumber;
import org.edition.ingest.furniture.RunningLineKey;

/**
 * Finds what the layout repeats on every page rather than what the author wrote: running heads and
 * feet (the same words, numbers aside, in the top or bottom margin of several pages) and page
 * numbers (a number alone, or "Page 7", "7 of 40", "7/40", in a margin), the "(continued…)" a
 * layout sets under a note or table that goes on overleaf, and reads each page's printed number.
 */
final class PageFurniture {
    private static final Pattern CONTINUED = Pattern.compile("(?i)^\\(?(continued|cont(\\.|inued) on (the )?next page)[.…\\s]*\\)?$");
    /** The share of the page's height at the top and at the bottom that counts as margin. */
    private static final float MARGIN = 0.12f;

    /** What was found: the lines to take out, with their kind, and the printed number of each page. */
    record Found(Map<TextLine, Boolean> removed, List<String> printedNumbers) {
        /** Whether the line is furniture. */
        boolean has(TextLine line) {
            return removed.containsKey(line);
        }
    }

    /**
     * Finds the furniture.
     *
     * @param bodySize the body size: a repeated line set well above it is a section's title, kept
     *                 where it first appears and taken out as a running head on the pages after
     */
    Found find(List<PdfPage> pdf, List<List<TextLine>> pages, float bodySize) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (TextLine line : pages.get(p)) {
                String zone = zone(line, pdf.get(p));
                if (zone != null && !key(line.text()).isEmpty()) {
                    seen.computeIfAbsent(zone + key(line.text()), k -> new java.util.HashSet<>()).add(p);
                }
            }
        }
        int needed = Math.max(2, Math.min(3, pages.size() / 4));
        Map<TextLine, Boolean> removed = new IdentityHashMap<>();
        Set<String> first = new java.util.HashSet<>();
        List<String> numbers = new ArrayList<>(Collections.nCopies(pages.size(), ""));
        for (int p = 0; p < pages.size(); p++) {
            for (TextLine line : pages.get(p)) {
                if (CONTINUED.matcher(line.text()).matches()) {
                    removed.put(line, false);
                    continue;
                }
                String zone = zone(line, pdf.get(p));
                if (zone == null) {
                    continue;
                }
                Optional<PrintedPageNumber> number = PrintedPageNumber.of(line.text());
                if (number.isPresent() && !line.opensRaised()) {
                    removed.put(line, true);
                    if (numbers.get(p).isEmpty()) {
                        numbers.set(p, number.get().number());
                    }
                } else if (!key(line.text()).isEmpty() && seen.getOrDefault(zone + key(line.text()), Set.of()).size() >= needed && pages.size() > 1
                        && !(line.size() > bodySize * 1.3f && first.add(zone + key(line.text())))) {
                    removed.put(line, false);
                    int named = PrintedPageNumber.namedIn(line.text());
                    if (numbers.get(p).isEmpty() && named >= 0) {
                        numbers.set(p, String.valueOf(named));
                    }
                }
            }
        }
        return new Found(removed, numbers);
    }

    /** "top" or "bottom" for a line in a margin, null for a line in the text area. */
    private static String zone(TextLine line, PdfPage page) {
        if (line.baseline() < page.height() * MARGIN) {
            return "top:";
        }
        if (line.top() > page.height() * (1 - MARGIN)) {
            return "bottom:";
        }
        return null;
    }

    /** What the line keeps from page to page, so "Page 3" and "Page 4" compare equal. */
    static String key(String text) {
        return RunningLineKey.of(text);
    }
}
