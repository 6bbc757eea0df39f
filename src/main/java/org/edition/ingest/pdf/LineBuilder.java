package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a page's characters into lines: characters on one baseline form a row; a row of smaller
 * characters just above another row's baseline is its superscripts (note numbers), one just below is
 * its subscripts; a row is cut where a gap is wider than two letters' height (a side heading beside
 * the text, table cells, columns).
 */
final class LineBuilder {
    /** Characters whose baselines differ by less than this share a row. */
    private static final float SAME_ROW = 1.2f;
    /** A gap wider than this many times the font size cuts a row. */
    private static final float CUT = 1.8f;
    /** A gap wider than this many times the font size is a word space. */
    private static final float SPACE = 0.17f;

    /** A row of characters being built. */
    private static final class Row {
        final float y;
        final List<Glyph> glyphs = new ArrayList<>();
        final java.util.Set<Glyph> raised = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Row(float y) {
            this.y = y;
        }

        private float size = Float.NaN;
        private int sizedAt = -1;

        float size() {
            if (sizedAt != glyphs.size()) {
                size = LineBuilder.mainSize(glyphs);
                sizedAt = glyphs.size();
            }
            return size;
        }

        float minX() {
            return (float) glyphs.stream().mapToDouble(Glyph::x).min().orElse(0);
        }

        float maxX() {
            return (float) glyphs.stream().mapToDouble(Glyph::right).max().orElse(0);
        }

        /** Whether the piece reads as a note mark: a number, a bracketed number, a symbol. */
        boolean markLike() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString().strip().matches("\\[?[0-9]{1,3}\\]?|[*†‡]");
        }

        boolean small(float than) {
            return glyphs.stream().allMatch(g -> g.blank() || g.size() <= than * 0.85f);
        }
    }

    /** The lines of one page, in no particular order. */
    List<TextLine> lines(PdfPage page) {
        List<Glyph> glyphs = new ArrayList<>(page.glyphs());
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (Glyph g : glyphs) {
            if (row == null || Math.abs(g.y() - row.y) > SAME_ROW) {
                row = new Row(g.y());
                rows.add(row);
            }
            row.glyphs.add(g);
        }
        List<Row> pieces = new ArrayList<>();
        for (Row r : rows) {
            pieces.addAll(cut(r));
        }
        pieces.removeIf(r -> r.glyphs.stream().allMatch(Glyph::blank));
        attachScripts(pieces);
        List<TextLine> lines = new ArrayList<>();
        for (Row r : pieces) {
            if (!r.glyphs.isEmpty()) {
                r.glyphs.sort(Comparator.comparingDouble(Glyph::x));
                emit(page.index(), r, r.glyphs, r.size(), lines);
            }
        }
        return lines;
    }

    /** Moves pieces of small characters just above (or below) a piece into it, as its scripts. */
    private static void attachScripts(List<Row> pieces) {
        for (Row r : pieces) {
            if (r.glyphs.isEmpty()) {
                continue;
            }
            Row host = null;
            float best = Float.MAX_VALUE;
            for (Row other : pieces) {
                if (other == r || other.glyphs.isEmpty()) {
                    continue;
                }
                float size = other.size();
                float dy = other.y - r.y;
                boolean above = dy > 0 && dy <= size * 0.6f;
                boolean below = dy < 0 && -dy <= size * 0.4f;
                boolean script = r.small(size) && overlaps(r, other, size)
                        || above && dy >= size * 0.2f && r.markLike() && touches(r, other, size);
                if ((above || below) && Math.abs(dy) < best && script) {
                    host = other;
                    best = Math.abs(dy);
                }
            }
            if (host != null) {
                if (host.y > r.y) {
                    host.raised.addAll(r.glyphs);
                }
                host.glyphs.addAll(r.glyphs);
                r.glyphs.clear();
            }
        }
    }

    /** Whether the script's first or last character stands right by one of the host's. */
    private static boolean touches(Row script, Row host, float size) {
        float x0 = script.minX();
        float x1 = script.maxX();
        for (Glyph h : host.glyphs) {
            if (!h.blank() && (Math.abs(x0 - h.right()) < size * 0.6f || Math.abs(h.x() - x1) < size * 0.6f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Row script, Row host, float size) {
        if (script.maxX() < host.minX() - size * 1.5f || script.minX() > host.maxX() + size * 1.5f) {
            return false;
        }
        for (Glyph g : script.glyphs) {
            if (g.blank()) {
                continue;
            }
            boolean near = false;
            for (Glyph h : host.glyphs) {
                if (!h.blank() && g.x() <= h.right() + size * 1.5f && g.right() >= h.x() - size * 1.5f) {
                    near = true;
                    break;
                }
            }
            if (!near) {
                return false;
            }
        }
        return true;
    }

    /** A row cut where a gap is wider than {@link #CUT} letters' height. */
    private static List<Row> cut(Row row) {
        List<Glyph> glyphs = new ArrayList<>(row.glyphs);
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float size = row.size();
        List<Row> out = new ArrayList<>();
        Row piece = new Row(row.y);
        float right = Float.NEGATIVE_INFINITY;
        Glyph last = null;
        for (Glyph g : glyphs) {
            if (g.blank()) {
                piece.glyphs.add(g);
                continue;
            }
            float gap = g.x() - right;
            boolean otherSize = last != null && Math.abs(last.size() - g.size()) > Math.max(last.size(), g.size()) * 0.1f;
            if (!piece.glyphs.isEmpty() && (gap > CUT * Math.max(size, g.size()) || otherSize && gap > 0.9f * g.size())
                    && !(label(piece) && gap < size * 6f)) {
                out.add(piece);
                piece = new Row(row.y);
            }
            piece.glyphs.add(g);
            right = Math.max(right, g.right());
            last = g;
        }
        out.add(piece);
        return out;
    }

    /** Whether a piece is only a list label ("1.", "a)", "iv.", a bullet), which stays with its text. */
    private static boolean label(Row piece) {
        StringBuilder text = new StringBuilder();
        piece.glyphs.forEach(g -> text.append(g.text()));
        return text.toString().strip().matches("[0-9]{1,2}[.)]|[a-zA-Z][.)]|\\(?[ivxIVX]{1,4}[.)]|[•●▪■◦\uF0B7\uF0A7]");
    }

    private static void emit(int page, Row row, List<Glyph> piece, float rowSize, List<TextLine> out) {
        List<Run> runs = new ArrayList<>();
        Run run = null;
        float right = Float.NaN;
        boolean pendingSpace = false;
        int order = Integer.MAX_VALUE;
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        List<Glyph> main = new ArrayList<>();
        for (Glyph g : piece) {
            if (g.blank()) {
                pendingSpace = run != null;
                continue;
            }
            boolean raised = row.raised.contains(g);
            if (!raised) {
                main.add(g);
            }
            order = Math.min(order, g.order());
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            boolean space = pendingSpace || !Float.isNaN(right) && g.x() - right > SPACE * Math.max(g.size(), 4f);
            if (run != null && run.sameStyle(g.size(), g.bold(), g.italic(), raised)) {
                run = run.plus(space ? " " + g.text() : g.text(), g.right());
            } else {
                if (run != null) {
                    runs.add(space ? run.plus(" ", run.x1()) : run);
                }
                run = new Run(g.text(), g.size(), g.bold(), g.italic(), raised, g.x(), g.right());
            }
            right = g.right();
            pendingSpace = false;
        }
        if (run == null) {
            return;
        }
        runs.add(run);
        float size = main.isEmpty() ? rowSize : mainSize(main);
        float baseline = main.isEmpty() ? row.y : (float) main.stream().mapToDouble(Glyph::y).average().orElse(row.y);
        out.add(new TextLine(page, x0, x1, baseline, size, runs, order));
    }

    /** The size most characters are set in. */
    static float mainSize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.blank()) {
                counts.merge(g.size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0f);
    }
}
