package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Rebuilds paragraphs from wrapped lines, through everything a page break drags in. A line continues
 * the paragraph before it unless that paragraph ended: at a blank line (where blank lines mean
 * something), or at a line ending a sentence that is short or left room for the next line's first
 * word (see {@link LineFill}), or at a sentence end before a page break or an insert. Page markers land inline at the join point of a paragraph that runs across a page break, or
 * between blocks; pull quotes and sidebars are emitted right after the paragraph they interrupted.
 */
public final class ParagraphBuilder {
    private final LineProfile profile;
    private final LineJoiner joiner;
    private final ImportLog log;
    private final List<Block> out = new ArrayList<>();
    private final List<Flow> pending = new ArrayList<>();
    private final List<Block> attached = new ArrayList<>();
    private final List<TextRun> items = new ArrayList<>();
    private LineFill fill = new LineFill(0);
    private TextRun current;
    private SourceLine lastLine;
    private boolean gap;

    /**
     * @param profile spacing and line width of the dump
     * @param joiner  joins wrapped lines
     * @param log     where joins across pages and inserts are recorded
     */
    public ParagraphBuilder(LineProfile profile, LineJoiner joiner, ImportLog log) {
        this.profile = profile;
        this.joiner = joiner;
        this.log = log;
    }

    /** Builds the blocks of a flow. A builder is used once. */
    public List<Block> build(List<Flow> flow) {
        fill = LineFill.of(flow, profile);
        for (Flow f : flow) {
            if (f instanceof Flow.Text text) {
                text(text);
            } else if (f instanceof Flow.Gap) {
                gap = true;
            } else if (f instanceof Flow.Heading heading) {
                close();
                closeList();
                flushPending();
                heading.label().ifPresent(out::add);
                out.add(heading.block());
            } else if (current == null) {
                flushOne(f);
            } else {
                pending.add(f);
            }
        }
        close();
        closeList();
        flushPending();
        return out;
    }

    private void text(Flow.Text text) {
        if (current != null && continues(text)) {
            join(text);
        } else {
            close();
            if (!text.bullet() || !pending.isEmpty()) {
                closeList();
            }
            flushPending();
            current = TextRun.of(text.text(), text.line().number());
            if (text.bullet()) {
                items.add(current);
            }
        }
        lastLine = text.line();
        gap = false;
    }

    private boolean continues(Flow.Text next) {
        if (next.bullet()) {
            return false;
        }
        String before = lastLine.text();
        boolean crossed = pending.stream().anyMatch(p -> p instanceof Flow.PageStart || p instanceof Flow.Insert);
        if (crossed) {
            return !Sentences.endsSentence(before) || Sentences.startsLowercase(next.text());
        }
        if (gap) {
            return !Sentences.endsSentence(before) && Sentences.startsLowercase(next.text());
        }
        boolean ended = Sentences.endsSentence(before) && (profile.isShort(lastLine) || lastLine.trailingSpaces() >= 2
                || fill.leftRoom(lastLine, next.text()));
        return !(ended && Sentences.startsSentence(next.text()));
    }

    private void join(Flow.Text next) {
        StringBuilder markers = new StringBuilder();
        boolean page = false;
        boolean insert = false;
        boolean notes = false;
        for (Flow f : pending) {
            if (f instanceof Flow.PageStart start) {
                page = true;
                notes |= start.afterFootnotes();
                if (!start.page().label().isEmpty()) {
                    markers.append(EditionMarkers.page(start.page().label()));
                }
            } else if (f instanceof Flow.Insert ins) {
                insert = true;
                attached.add(ins.block());
            }
        }
        pending.clear();
        int line = next.line().number();
        String where = tail(current.text()) + " | " + head(next.text());
        joiner.append(current, next.text(), line, markers.toString(), log);
        if (page) {
            log.did(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_PAGES, line, where);
        }
        if (notes) {
            log.did(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_NOTES, line, where);
        }
        if (insert) {
            log.did(Intervention.Kind.PARAGRAPH_JOINED_ACROSS_INSERT, line, where);
        }
    }

    private void close() {
        if (current == null) {
            return;
        }
        boolean item = !items.isEmpty() && items.get(items.size() - 1) == current;
        if (!item) {
            out.add(new Block.Paragraph(current));
        }
        current = null;
        if (!attached.isEmpty()) {
            closeList();
            out.addAll(attached);
            attached.clear();
        }
    }

    private void closeList() {
        if (!items.isEmpty()) {
            out.add(new Block.BulletList(items));
            items.clear();
        }
    }

    private void flushPending() {
        pending.forEach(this::flushOne);
        pending.clear();
    }

    private void flushOne(Flow f) {
        if (f instanceof Flow.PageStart start && !start.page().label().isEmpty()) {
            out.add(new Block.PageMarker(start.page().label()));
        } else if (f instanceof Flow.Insert insert) {
            out.add(insert.block());
        }
    }

    private static String tail(String text) {
        return text.length() <= 30 ? text : "…" + text.substring(text.length() - 30);
    }

    private static String head(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
