package org.edition.ingest.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.edition.ingest.importer.EditionMarkers;
import org.edition.model.Block;
import org.edition.model.Insert;
import org.edition.model.Note;
import org.edition.model.PageStart;
import org.edition.model.Paragraph;
import org.edition.model.Section;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads edition Markdown into the model: sections from headings, numbered paragraphs, pull quotes
 * and sidebars, page starts, and the notes with every reference to them.
 */
public final class ReportReader {
    // Selectors compiled once: jsoup parses a selector string again at every call.
    private static final Evaluator SUPPLIED = QueryParser.parse("span[data-marker=supplied]");
    private static final Evaluator MARKER = QueryParser.parse("span[data-marker]");
    private static final Evaluator PAGE_OR_NOTE = QueryParser.parse("span[data-page], sup[data-note]");

    private final MarkdownEngine engine;

    public ReportReader(MarkdownEngine engine) {
        this.engine = engine;
    }

    /** Reads a report's Markdown body. */
    public ReportBody read(String markdown) {
        Document document = engine.parse(markdown);
        int topLevel = topHeadingLevel(document);
        Anchors anchors = new Anchors();
        anchors.claim("opening");
        NoteLinks notes = new NoteLinks(anchors);
        List<Section> sections = new ArrayList<>();
        SectionDraft current = new SectionDraft("opening", 0, "", "", false);
        Optional<String> pendingInsert = Optional.empty();
        int paragraphNumber = 0;
        Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();

        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FootnoteBlock definition) {
                definitions.putIfAbsent(definition.getText().toString(), definition);
            } else if (node instanceof Heading heading) {
                sections.addAll(current.finish());
                Element title = engine.render(heading).child(0);
                boolean supplied = !title.select(SUPPLIED).isEmpty();
                title.select(MARKER).remove();
                String id = anchors.section(title.text());
                notes.link(title, id);
                EmendationMarks.link(title);
                PageMarkers.link(title, anchors);
                current = new SectionDraft(id, Math.max(1, heading.getLevel() - topLevel + 1), title.html().strip(),
                        Text.of(title), supplied);
            } else if (node instanceof HtmlCommentBlock comment) {
                String data = comment.getChars().toString().strip();
                Optional<String> page = EditionMarkers.pageNumber(data);
                if (page.isPresent()) {
                    current.blocks.add(new PageStart(page.get(), anchors.unique("page-" + Anchors.slug(page.get()), "page")));
                } else if (EditionMarkers.is(data, EditionMarkers.PULL_QUOTE)) {
                    pendingInsert = Optional.of("pull-quote");
                } else if (EditionMarkers.is(data, EditionMarkers.SIDEBAR)) {
                    pendingInsert = Optional.of("sidebar");
                }
            } else if (node instanceof BlockQuote && pendingInsert.isPresent()) {
                Element body = engine.render(node).child(0);
                body.select(PAGE_OR_NOTE).remove();
                current.blocks.add(new Insert(pendingInsert.get(), body.html().strip(), Text.of(body)));
                pendingInsert = Optional.empty();
            } else if (!(node instanceof ThematicBreak) && !node.getChars().isBlank()) {
                Element rendered = engine.render(node);
                if (rendered.childrenSize() == 0) {
                    continue;
                }
                Element element = rendered.child(0);
                paragraphNumber++;
                String id = "p" + paragraphNumber;
                anchors.claim(id);
                notes.link(element, id);
                EmendationMarks.link(element);
                List<String> pages = PageMarkers.link(element, anchors);
                current.blocks.add(new Paragraph(id, paragraphNumber, element.tagName(), element.html().strip(),
                        Text.of(element), pages));
                pendingInsert = Optional.empty();
            }
        }
        sections.addAll(current.finish());
        return new ReportBody(sections, notes.notes(definitions, engine));
    }

    private static int topHeadingLevel(Document document) {
        int level = 6;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                level = Math.min(level, h.getLevel());
            }
        }
        return level;
    }

    /** A section being read. */
    private static final class SectionDraft {
        final String id;
        final int level;
        final String titleHtml;
        final String title;
        final boolean supplied;
        final List<Block> blocks = new ArrayList<>();

        SectionDraft(String id, int level, String titleHtml, String title, boolean supplied) {
            this.id = id;
            this.level = level;
            this.titleHtml = titleHtml;
            this.title = title;
            this.supplied = supplied;
        }

        List<Section> finish() {
            if (level == 0 && blocks.isEmpty()) {
                return List.of();
            }
            return List.of(new Section(id, level, titleHtml, title, supplied, blocks));
        }
    }
}
