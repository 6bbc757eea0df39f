package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Rebuilds paragraphs from lines: a line continues the paragraph above it unless a blank wider than
 * the usual leading comes between, or the line above ended a sentence short of the column's edge;
 * across a column or page break a paragraph goes on unless it ended a sentence on a short line.
 * Tables and figures met inside a paragraph are put after it, and page starts inside it are marked
 * where they fall.
 */
final class Paragraphs {
    /** What a paragraph is. */
    enum Kind { BODY, QUOTE, BULLET }

    private final TypographicProfile profile;
    private final Joiner joiner;
    private final ImportLog log;
    private final List<Block> blocks;
    private final Map<Float, Float> pitch = new HashMap<>();
    private final Map<String, float[]> edges = new HashMap<>();
    private final List<Block> pendingInserts = new ArrayList<>();
    private String pendingPage = "";
    private Draft current;

    /** A paragraph being built. */
    private static final class Draft {
        final Kind kind;
        final List<Inline> text = new ArrayList<>();
        final int page;
        Placed last;
        float textX0;

        Draft(Kind kind, Placed first) {
            this.kind = kind;
            this.page = first.line().page();
            this.last = first;
            this.textX0 = first.line().x0();
        }
    }

    Paragraphs(TypographicProfile profile, Joiner joiner, ImportLog log, List<Block> blocks) {
        this.profile = profile;
        this.joiner = joiner;
        this.log = log;
        this.blocks = blocks;
    }

    /** Measures the usual leading of each size and the edges of each page's columns. */
    void measure(List<List<Placed>> pages) {
        Map<Float, Map<Float, Integer>> gaps = new HashMap<>();
        for (List<Placed> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                TextLine l = page.get(i).line();
                String key = l.page() + ":" + page.get(i).column();
                float[] e = edges.computeIfAbsent(key, k -> new float[] {Float.MAX_VALUE, 0});
                if (l.length() >= 20) {
                    e[0] = Math.min(e[0], l.x0());
                    e[1] = Math.max(e[1], l.x1());
                }
                if (i > 0 && page.get(i - 1).column() == page.get(i).column()) {
                    TextLine p = page.get(i - 1).line();
                    float gap = Math.round((l.baseline() - p.baseline()) * 2f) / 2f;
                    if (Math.abs(p.size() - l.size()) < 0.3f && gap > 0 && gap < l.size() * 3f) {
                        gaps.computeIfAbsent(round(l.size()), k -> new HashMap<>()).merge(gap, 1, Integer::sum);
                    }
                }
            }
        }
        gaps.forEach((size, counts) -> pitch.put(size, counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.<Float, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(size * 1.2f)));
    }

    /** Whether a line is centred in its column, well in from the column's left edge. */
    boolean centred(Placed placed) {
        TextLine l = placed.line();
        float[] e = edges.get(l.page() + ":" + placed.column());
        if (e == null || e[1] <= e[0]) {
            return false;
        }
        float width = e[1] - e[0];
        float middle = (l.x0() + l.x1()) / 2f;
        return Math.abs(middle - (e[0] + e[1]) / 2f) < width * 0.04f && l.x0() - e[0] > width * 0.15f;
    }

    /** Whether a blank wider than the usual leading stands above line {@code i} of a page (or it opens a column). */
    boolean aloneAbove(List<Placed> lines, int i) {
        TextLine l = lines.get(i).line();
        float usual = pitch.getOrDefault(round(l.size()), l.size() * 1.2f);
        return i == 0 || lines.get(i - 1).column() != lines.get(i).column()
                || l.baseline() - lines.get(i - 1).line().baseline() > usual * 1.15f
                || lines.get(i - 1).line().size() > l.size() + 1f;
    }

    /** Whether blanks wider than the usual leading stand above and below line {@code i} of a page. */
    boolean alone(List<Placed> lines, int i) {
        TextLine l = lines.get(i).line();
        float usual = pitch.getOrDefault(round(l.size()), l.size() * 1.2f);
        boolean above = i == 0 || lines.get(i - 1).column() != lines.get(i).column()
                || l.baseline() - lines.get(i - 1).line().baseline() > usual * 1.2f;
        boolean below = i + 1 >= lines.size() || lines.get(i + 1).column() != lines.get(i).column()
                || lines.get(i + 1).line().baseline() - l.baseline() > usual * 1.2f;
        return above && below;
    }

    /** A new page begins; its number is marked before the first text on it (empty: no marker). */
    void pageStarts(String label) {
        if (!pendingPage.isEmpty()) {
            if (current != null) {
                current.text.add(new Inline.Words(" "));
                current.text.add(new Inline.PageStart(pendingPage));
            } else {
                blocks.add(new Block.PageStart(pendingPage));
            }
        }
        pendingPage = label;
    }

    /** Marks the pending page start as a block of its own (before a heading or a table). */
    void emitPageStart() {
        if (!pendingPage.isEmpty()) {
            blocks.add(new Block.PageStart(pendingPage));
            pendingPage = "";
        }
    }

    /** Adds a line from run {@code fromRun} on. */
    void add(Placed placed, Kind kind, int fromRun) {
        TextLine line = placed.line();
        List<Inline> text = LineText.of(line, fromRun);
        if (kind == Kind.BULLET && !text.isEmpty() && text.get(0) instanceof Inline.Words w) {
            text.set(0, new Inline.Words(w.text().replaceFirst("^\\s*\\S\\s*", "")));
        }
        boolean bulletGoesOn = current != null && current.kind == Kind.BULLET && kind != Kind.BULLET
                && line.x0() >= current.textX0 - 1f;
        boolean sameKind = current != null && current.kind == kind && kind != Kind.BULLET;
        if (current != null && (sameKind || bulletGoesOn) && continues(current, placed)) {
            boolean newPage = line.page() != current.last.line().page();
            if (newPage && !pendingPage.isEmpty()) {
                current.text.add(new Inline.Words(" "));
                current.text.add(new Inline.PageStart(pendingPage));
                pendingPage = "";
            }
            if (newPage || placed.column() != current.last.column()) {
                log.did(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_PAGES, line.page(),
                        (newPage ? "paragraph goes on from page before: " : "paragraph goes on in the next column: ")
                                + LineText.plain(text).strip());
            }
            if (!pendingInserts.isEmpty()) {
                log.did(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_INSERT, line.page(), LineText.plain(text).strip());
            }
            joiner.append(current.text, text, line.page());
            current.last = placed;
            return;
        }
        flush();
        emitPageStart();
        current = new Draft(kind, placed);
        if (kind == Kind.BULLET && line.runs().size() > 1) {
            current.textX0 = line.runs().get(Math.min(1, line.runs().size() - 1)).x0();
        }
        current.text.addAll(text);
    }

    /** A table or figure: after the paragraph it interrupts, or here. */
    void insert(Block exhibit) {
        if (current != null) {
            pendingInserts.add(exhibit);
        } else {
            emitPageStart();
            blocks.add(exhibit);
        }
    }

    /** Ends the paragraph being built. */
    void flush() {
        if (current != null) {
            List<Inline> text = LineText.merge(current.text);
            if (current.kind == Kind.BULLET) {
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Bullets list) {
                    List<List<Inline>> items = new ArrayList<>(list.items());
                    items.add(text);
                    blocks.set(blocks.size() - 1, new Block.Bullets(items, list.page()));
                } else {
                    blocks.add(new Block.Bullets(List.of(text), current.page));
                }
            } else {
                blocks.add(new Block.Paragraph(text, current.kind == Kind.QUOTE, current.page));
            }
            current = null;
        }
        blocks.addAll(pendingInserts);
        pendingInserts.clear();
    }

    private boolean continues(Draft draft, Placed next) {
        TextLine prev = draft.last.line();
        TextLine line = next.line();
        float[] edge = edges.getOrDefault(prev.page() + ":" + draft.last.column(), new float[] {prev.x0(), prev.x1()});
        boolean shortLine = prev.x1() < edge[1] - Math.max(prev.size() * 3f, (edge[1] - edge[0]) * 0.12f);
        boolean ended = endsSentence(tail(draft.text));
        if (prev.page() == line.page() && draft.last.column() == next.column()) {
            float gap = line.baseline() - prev.baseline();
            float usual = pitch.getOrDefault(round(prev.size()), prev.size() * 1.2f);
            boolean indented = line.x0() > prev.x0() + prev.size() * 1.2f && draft.kind != Kind.BULLET;
            return gap > 0 && gap <= usual * 1.4f + 0.5f && !(ended && shortLine) && !(indented && shortLine);
        }
        return !ended || !shortLine && !startsUpper(line.text()) ;
    }

    /** The last characters of a text (enough to see how it ends). */
    private static String tail(List<Inline> text) {
        StringBuilder s = new StringBuilder();
        for (int i = text.size() - 1; i >= 0 && s.length() < 12; i--) {
            Inline p = text.get(i);
            String piece = p instanceof Inline.Words w ? w.text() : p instanceof Inline.Mark m ? m.mark() : "";
            s.insert(0, piece.length() > 24 ? piece.substring(piece.length() - 24) : piece);
        }
        return s.toString();
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.matches("(?s).*[.?!:;”\"’)\\]]$") || t.matches("(?s).*[.?!:”\"’)][0-9*†]+$");
    }

    private static boolean startsUpper(String text) {
        return !text.isEmpty() && !Character.isLowerCase(text.charAt(0));
    }

    private static float round(float size) {
        return Math.round(size * 2f) / 2f;
    }
}
