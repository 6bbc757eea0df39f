package org.edition.ingest.pdf;

import java.util.List;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.ingest.importer.MarkdownText;

/**
 * Writes the blocks as edition Markdown: one block per paragraph, separated by blank lines; tables
 * and figures as sidebars; notes as {@code [^label]:} definitions after the text; author's text
 * escaped. Of the page markers before any text, only the last is kept (the page the text begins on).
 */
final class MarkdownOut {

    String write(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        int first = 0;
        while (first + 1 < blocks.size() && blocks.get(first) instanceof Block.PageStart
                && blocks.get(first + 1) instanceof Block.PageStart) {
            first++;
        }
        for (Block b : blocks.subList(first, blocks.size())) {
            String text = block(b);
            if (text.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        }
        return out.append('\n').toString();
    }

    private static String block(Block b) {
        if (b instanceof Block.Heading h) {
            return "#".repeat(Math.max(1, h.level())) + " " + inline(h.text(), false);
        }
        if (b instanceof Block.Paragraph p) {
            return (p.quote() ? "> " : "") + inline(p.text());
        }
        if (b instanceof Block.Bullets l) {
            StringBuilder s = new StringBuilder();
            for (List<Inline> item : l.items()) {
                s.append(s.length() == 0 ? "" : "\n").append("- ").append(inline(item));
            }
            return s.toString();
        }
        if (b instanceof Block.Exhibit e) {
            StringBuilder s = new StringBuilder(EditionMarkers.SIDEBAR).append("\n> **").append(inline(e.caption())).append("**");
            for (String row : e.rows()) {
                s.append("\n>\n> ").append(MarkdownText.escape(row.strip()));
            }
            return s.toString();
        }
        if (b instanceof Block.PageStart p) {
            return EditionMarkers.page(p.label());
        }
        Block.Note n = (Block.Note) b;
        return "[^" + n.label() + "]: " + inline(n.text());
    }

    /** Inline pieces as Markdown; only the first piece can be taken for a block marker. */
    static String inline(List<Inline> pieces) {
        return inline(pieces, true);
    }

    /** Inline pieces as Markdown; {@code opensBlock}: the first piece could be taken for a block marker. */
    static String inline(List<Inline> pieces, boolean opensBlock) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Inline p = pieces.get(i);
            if (p instanceof Inline.Words w) {
                String text = w.text().replaceAll("[ \\t]+", " ");
                if (i == 0) {
                    text = text.stripLeading();
                }
                if (i == pieces.size() - 1) {
                    text = text.stripTrailing();
                }
                s.append(s.length() == 0 && opensBlock ? MarkdownText.escape(text) : MarkdownText.escape("." + text).substring(1));
            } else if (p instanceof Inline.Reference r) {
                s.append("[^").append(r.label()).append(']');
            } else if (p instanceof Inline.PageStart ps) {
                s.append(EditionMarkers.page(ps.label()));
            } else if (p instanceof Inline.Mark m) {
                s.append(MarkdownText.escape("." + m.mark()).substring(1));
            }
        }
        return s.toString().strip();
    }
}
