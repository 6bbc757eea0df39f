package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the layout repeats on every page rather than what the author wrote: running heads and
 * feet (the same words, numbers aside, in the top or bottom margin of several pages) and page
 * numbers (a number alone, or "Page 7", "7 of 40", "7/40", in a margin), the "(continued…)" a
 * layout sets under a note or table that goes on overleaf, and reads each page's printed number.
 */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*:?\\s*)?[-–—]?\\s*([0-9]{1,4}|[ivxlc]{1,7})\\s*[-–—]?(?:\\s*(?:of|/)\\s*[0-9]{1,4})?$");
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
                if (zone != null) {
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
                Matcher number = PAGE_NUMBER.matcher(line.text().replace('\u00a0', ' ').strip());
                if (number.matches() && !line.opensRaised()) {
                    removed.put(line, true);
                    if (numbers.get(p).isEmpty()) {
                        numbers.set(p, number.group(1).toLowerCase(Locale.ROOT));
                    }
                } else if (seen.getOrDefault(zone + key(line.text()), Set.of()).size() >= needed && pages.size() > 1
                        && !(line.size() > bodySize * 1.3f && first.add(zone + key(line.text())))) {
                    removed.put(line, false);
                    Matcher trailing = Pattern.compile("(?i)\\bpage\\s*:?\\s*([0-9]{1,4})\\b").matcher(line.text());
                    if (numbers.get(p).isEmpty() && trailing.find()) {
                        numbers.set(p, trailing.group(1));
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

    /** The line's words with every number made alike, so "Page 3" and "Page 4" compare equal. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[0-9]+", "#").replaceAll("\\s+", " ").strip();
    }
}
