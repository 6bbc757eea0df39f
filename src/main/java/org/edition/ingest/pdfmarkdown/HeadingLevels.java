package org.edition.ingest.pdfmarkdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The edition's heading levels for the converter's: the top-level sections become {@code ##}, their
 * sub-sections {@code ###} and so on, whatever levels the converter gave them (gaps closed). A heading
 * deeper than the top level that comes before the first top-level one (an abstract set as {@code ###}
 * above {@code ## INTRODUCTION}) has no section above it, so it is a top-level section too.
 */
final class HeadingLevels {
    private final Map<Integer, Integer> byLine;

    private HeadingLevels(Map<Integer, Integer> byLine) {
        this.byLine = Map.copyOf(byLine);
    }

    /**
     * Works out the levels of the body's headings.
     *
     * @param headings the heading blocks of the body, in order
     */
    static HeadingLevels of(List<SourceBlock> headings) {
        TreeSet<Integer> levels = new TreeSet<>();
        headings.forEach(h -> levels.add(h.level()));
        Map<Integer, Integer> byLine = new HashMap<>();
        boolean topSeen = false;
        for (SourceBlock h : headings) {
            topSeen |= h.level() == levels.first();
            int rank = levels.headSet(h.level()).size();
            byLine.put(h.line(), topSeen ? Math.min(6, 2 + rank) : 2);
        }
        return new HeadingLevels(byLine);
    }

    /** The edition's level of a heading of the body: 2 for {@code ##}. */
    int level(SourceBlock heading) {
        return byLine.getOrDefault(heading.line(), 2);
    }
}
