package org.edition.ingest.pdftext;

import java.util.List;
import org.edition.ingest.importer.EditionMarkers;

/** Writes blocks as edition Markdown: one block per paragraph of lines, blocks separated by a blank line. */
public final class EditionWriter {

    /**
     * Writes the blocks; the text ends with a single line end. Of the page markers that stand before
     * any text (pages whose content was dropped: cover, contents), only the last is kept: the page
     * where the text begins.
     */
    public String write(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        int first = 0;
        while (first + 1 < blocks.size() && blocks.get(first) instanceof Block.PageMarker
                && blocks.get(first + 1) instanceof Block.PageMarker) {
            first++;
        }
        for (Block block : blocks.subList(first, blocks.size())) {
            String text = write(block);
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        }
        return out.append('\n').toString();
    }

    private static String write(Block block) {
        if (block instanceof Block.Heading h) {
            return "#".repeat(h.level()) + " " + h.text().toMarkdown(false);
        }
        if (block instanceof Block.Paragraph p) {
            return p.text().toMarkdown();
        }
        if (block instanceof Block.BulletList list) {
            StringBuilder s = new StringBuilder();
            for (TextRun item : list.items()) {
                s.append(s.length() == 0 ? "" : "\n").append("- ").append(item.toMarkdown());
            }
            return s.toString();
        }
        if (block instanceof Block.PullQuote q) {
            return EditionMarkers.PULL_QUOTE + "\n> " + q.text().toMarkdown();
        }
        if (block instanceof Block.Sidebar box) {
            StringBuilder s = new StringBuilder(EditionMarkers.SIDEBAR);
            String sep = "\n> ";
            if (box.title() != null) {
                s.append(sep).append("**").append(box.title().toMarkdown(false)).append("**");
                sep = "\n>\n> ";
            }
            for (TextRun paragraph : box.paragraphs()) {
                s.append(sep).append(paragraph.toMarkdown());
                sep = "\n>\n> ";
            }
            return s.toString();
        }
        if (block instanceof Block.PageMarker m) {
            return EditionMarkers.page(m.label());
        }
        Block.NoteDefinition note = (Block.NoteDefinition) block;
        return "[^" + note.label() + "]: " + note.text().toMarkdown()
                + (note.breaksOff() ? " " + EditionMarkers.NOTE_BREAKS_OFF : "");
    }
}
