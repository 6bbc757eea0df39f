package org.edition.link;

import java.util.ArrayList;
import java.util.List;
import org.edition.model.Block;
import org.edition.model.Note;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites the HTML of a report's paragraphs and notes: the one place the link stage turns model
 * HTML into editable elements and back, keeping the records immutable.
 */
final class BlockEditor {
    private BlockEditor() {
    }

    /** Parses inner HTML into an editable container element. */
    static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    /**
     * A copy of the report in which each paragraph's HTML has been passed through {@code edit},
     * which edits the parsed HTML in place.
     */
    static Report editParagraphs(Report report, ParagraphEdit edit) {
        List<Section> sections = new ArrayList<>();
        for (Section s : report.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    Element body = parse(p.html());
                    edit.apply(s, p, body);
                    blocks.add(new Paragraph(p.id(), p.number(), p.element(), body.html(), p.text(), p.pages()));
                } else {
                    blocks.add(b);
                }
            }
            sections.add(new Section(s.id(), s.level(), s.titleHtml(), s.title(), s.supplied(), blocks));
        }
        return new Report(report.metadata(), report.source(), report.importReport(), sections, report.notes(),
                report.emendations());
    }

    /** A copy of the report in which each note's HTML has been passed through {@code edit}. */
    static Report editNotes(Report report, NoteEdit edit) {
        List<Note> notes = new ArrayList<>();
        for (Note n : report.notes()) {
            if (n.html().isEmpty()) {
                notes.add(n);
                continue;
            }
            Element body = parse(n.html());
            edit.apply(n, body);
            notes.add(new Note(n.label(), n.id(), body.html(), n.text(), n.status(), n.references()));
        }
        return new Report(report.metadata(), report.source(), report.importReport(), report.sections(), notes,
                report.emendations());
    }

    /** An in-place edit of a paragraph's HTML. */
    interface ParagraphEdit {
        void apply(Section section, Paragraph paragraph, Element body);
    }

    /** An in-place edit of a note's HTML. */
    interface NoteEdit {
        void apply(Note note, Element body);
    }
}
