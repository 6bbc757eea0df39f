package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the lines of a page in reading order by recursive cuts (the XY-cut of document analysis):
 * a region is split first into columns, where a clear vertical gutter has running text on both sides
 * and each side takes a fifth of the width at least (narrower, it is a table's column);
 * then into bands, where a blank wider than the usual leading runs across it; then at any vertical
 * gap (a side heading beside its paragraph), unless the two sides stand on shared baselines (a
 * table's cells: read row by row); what is left is read top to bottom.
 */
final class ReadingOrder {
    private final float bodySize;
    private int columns;

    /** @param bodySize the body text's size, which sets what counts as running text and as a wide blank */
    ReadingOrder(float bodySize) {
        this.bodySize = bodySize;
    }

    /** The page's lines in reading order. */
    List<Placed> order(List<TextLine> lines) {
        columns = 0;
        List<Placed> out = new ArrayList<>();
        cut(lines, 0, out, 0);
        return out;
    }

    private void cut(List<TextLine> region, int column, List<Placed> out, int depth) {
        if (region.size() <= 1 || depth > 40) {
            region.stream().sorted(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x0))
                    .forEach(l -> out.add(new Placed(l, column)));
            return;
        }
        float gutter = verticalGap(region, true);
        if (!Float.isNaN(gutter)) {
            List<TextLine> left = side(region, gutter, true);
            List<TextLine> right = side(region, gutter, false);
            int next = ++columns;
            if (minor(right) && !minor(left)) {
                cut(right, next, out, depth + 1);
                cut(left, column, out, depth + 1);
            } else {
                cut(left, column, out, depth + 1);
                cut(right, next, out, depth + 1);
            }
            return;
        }
        List<List<TextLine>> bands = bands(region);
        if (bands.size() > 1) {
            for (List<TextLine> band : bands) {
                cut(band, column, out, depth + 1);
            }
            return;
        }
        float gap = verticalGap(region, false);
        if (!Float.isNaN(gap) && rows(side(region, gap, true), side(region, gap, false))) {
            cut(region, column, out, 41);
            return;
        }
        if (!Float.isNaN(gap)) {
            cut(side(region, gap, true), column, out, depth + 1);
            cut(side(region, gap, false), column, out, depth + 1);
            return;
        }
        cut(region, column, out, 41);
    }

    /** Whether the lines of two sides stand on shared baselines, row by row, as a table's cells do. */
    private static boolean rows(List<TextLine> left, List<TextLine> right) {
        int shared = 0;
        for (TextLine l : left) {
            for (TextLine r : right) {
                if (Math.abs(l.baseline() - r.baseline()) < 1.5f) {
                    shared++;
                    break;
                }
            }
        }
        return shared >= 2 && shared * 2 >= Math.min(left.size(), right.size());
    }

    private static List<TextLine> side(List<TextLine> region, float x, boolean left) {
        return region.stream().filter(l -> left == (l.x1() <= x)).toList();
    }

    /** The middle of a vertical gap no line crosses, or NaN; for columns, with running text on both sides. */
    private float verticalGap(List<TextLine> region, boolean columnsOnly) {
        List<TextLine> byX = new ArrayList<>(region);
        byX.sort(Comparator.comparingDouble(TextLine::x0));
        float reach = byX.get(0).x1();
        float best = Float.NaN;
        float widest = 0;
        for (int i = 1; i < byX.size(); i++) {
            TextLine l = byX.get(i);
            float gap = l.x0() - reach;
            if (gap >= Math.max(6f, bodySize * 0.6f)) {
                float middle = reach + gap / 2f;
                if ((!columnsOnly || isColumnCut(region, middle)) && gap > widest) {
                    widest = gap;
                    best = middle;
                }
            }
            reach = Math.max(reach, l.x1());
        }
        return best;
    }

    private boolean isColumnCut(List<TextLine> region, float x) {
        List<TextLine> left = side(region, x, true);
        List<TextLine> right = side(region, x, false);
        float width = extent(region);
        return running(left) >= 3 && running(right) >= 3 && extent(left) >= width * 0.2f && extent(right) >= width * 0.2f;
    }

    /** The width the lines take up, from the leftmost edge to the rightmost. */
    private static float extent(List<TextLine> lines) {
        float x0 = (float) lines.stream().mapToDouble(TextLine::x0).min().orElse(0);
        float x1 = (float) lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        return x1 - x0;
    }

    /** How many lines could be running text: not bold, not larger than the body. */
    private int running(List<TextLine> lines) {
        int n = 0;
        for (TextLine l : lines) {
            if (!l.bold() && l.size() >= bodySize * 0.6f && l.size() <= bodySize * 1.1f) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a column is an aside (a box beside the text): most of its characters smaller than the
     * body. An aside is read before the text beside it, as a web page puts it first.
     */
    private boolean minor(List<TextLine> lines) {
        int small = 0;
        int all = 0;
        for (TextLine l : lines) {
            all += l.length();
            small += l.size() < bodySize * 0.95f ? l.length() : 0;
        }
        return small * 3 > all * 2;
    }

    /** The region cut at every blank wider than the usual leading that runs across it. */
    private List<List<TextLine>> bands(List<TextLine> region) {
        List<TextLine> byTop = new ArrayList<>(region);
        byTop.sort(Comparator.comparingDouble(ReadingOrder::top));
        List<List<TextLine>> bands = new ArrayList<>();
        List<TextLine> band = new ArrayList<>();
        float bottom = Float.NEGATIVE_INFINITY;
        float wide = bodySize * 0.6f;
        for (TextLine l : byTop) {
            if (!band.isEmpty() && top(l) - bottom > wide) {
                bands.add(band);
                band = new ArrayList<>();
            }
            band.add(l);
            bottom = Math.max(bottom, l.baseline() + l.size() * 0.25f);
        }
        bands.add(band);
        return bands;
    }

    private static float top(TextLine l) {
        return l.baseline() - l.size() * 0.75f;
    }
}
