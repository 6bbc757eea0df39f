package org.edition.ingest.unseen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edition.ingest.unseen.PageComposer.Line;
import org.edition.ingest.unseen.PageComposer.Page;

/**
 * Renders a truth document as text extractors render the PDF it would have been, deterministically
 * (no randomness): lines wrapped at the page width, long words broken at line ends, pages with
 * running heads and page numbers, note numbers glued to the word before them, and notes as
 * page-bottom footnotes or as an endnotes section. Each {@link Layout} follows one family of
 * extractors described in {@code /work/shared/LAYOUTS.md}.
 *
 * <p>One departure from real pdftotext: it glues words broken at a line-end hyphen and drops the
 * hyphen even in compound words ("offchain"), which no importer could undo; here pdftotext keeps
 * words whole unless they break at their own hyphen, and keeps that hyphen.
 */
final class ExtractionSimulator {

    /** The extractor layouts simulated. */
    enum Layout {
        /**
         * Poppler pdftotext: single-spaced, a blank line between blocks, a form feed after every
         * page, running head (title or series) at the top and "Page N" at the foot, footnotes at the
         * page bottom.
         */
        PDFTOTEXT,
        /**
         * PDFBox PDFTextStripper: no form feeds and no blank lines; each page's running header and
         * its footer with the page number come first in the page's text; line-end hyphens kept;
         * endnotes under "Notes" as "12. text".
         */
        PDFBOX,
        /**
         * A pdfminer dump made for reading: every line keeps a trailing space and is followed by a
         * blank line, so blank lines no longer mark paragraphs; a page's first line is indented by
         * one space and its last line is "N | title"; bullets stand alone on their line; endnotes
         * under "ENDNOTES".
         */
        PDFMINER,
        /**
         * A narrow magazine column: pull quotes in short lines repeating a sentence of the body,
         * between paragraphs or set at the foot of the page in the middle of a paragraph; a boxed
         * sidebar with its title inside a paragraph; capitalised running head, bare page number,
         * form feeds; endnotes under "Notes".
         */
        PULLQUOTES;

        /** The layout's name as used in file names and reports. */
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether the layout sets the document's pull quotes and sidebars (the others have none). */
        boolean setsFloats() {
            return this == PULLQUOTES;
        }
    }

    private ExtractionSimulator() {
    }

    /** The extracted text of a document in a layout. */
    static String render(TruthDocument doc, Layout layout) {
        List<Page> pages = pages(doc, layout);
        return switch (layout) {
            case PDFTOTEXT -> pdftotext(doc, pages);
            case PDFBOX -> pdfbox(doc, pages);
            case PDFMINER -> pdfminer(doc, pages);
            case PULLQUOTES -> magazine(doc, pages);
        };
    }

    /** The pages of a document in a layout, before they are written out as text. */
    static List<Page> pages(TruthDocument doc, Layout layout) {
        return switch (layout) {
            case PDFTOTEXT -> new PageComposer(38, 25, footnotes(doc, new LineBreaker(88, false)))
                    .compose(body(doc, new LineBreaker(78, false), true, false, false));
            case PDFBOX -> endnotePages(doc, 50, new LineBreaker(90, true), false, false, "Notes", "%s. %s");
            case PDFMINER -> endnotePages(doc, 40, new LineBreaker(72, true), false, true, "ENDNOTES", "%s %s");
            case PULLQUOTES -> endnotePages(doc, 42, new LineBreaker(62, true), true, false, "Notes", "%s %s");
        };
    }

    private static String pdftotext(TruthDocument doc, List<Page> pages) {
        StringBuilder out = new StringBuilder();
        for (Page page : pages) {
            if (page.number() > 1) {
                out.append(page.number() % 2 == 0 ? doc.title() : doc.series()).append("\n\n");
            }
            out.append(String.join("\n", page.body()));
            if (!page.footnotes().isEmpty()) {
                out.append("\n\n").append(String.join("\n", page.footnotes()));
            }
            out.append("\n\nPage ").append(page.number()).append("\n\f");
        }
        return out.toString();
    }

    private static String pdfbox(TruthDocument doc, List<Page> pages) {
        StringBuilder out = new StringBuilder();
        for (Page page : pages) {
            out.append(doc.title()).append('\n').append(doc.series()).append(" | ").append(page.number()).append('\n');
            page.body().forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    private static String pdfminer(TruthDocument doc, List<Page> pages) {
        StringBuilder out = new StringBuilder();
        for (Page page : pages) {
            List<String> lines = new ArrayList<>(page.body());
            lines.add(page.number() + " | " + doc.title());
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? " " : "").append(lines.get(i)).append(i + 1 < lines.size() ? " \n\n" : " \n");
            }
        }
        return out.toString();
    }

    private static String magazine(TruthDocument doc, List<Page> pages) {
        StringBuilder out = new StringBuilder();
        for (Page page : pages) {
            if (page.number() > 1) {
                out.append(doc.title().toUpperCase(Locale.ROOT)).append("\n\n");
            }
            out.append(String.join("\n", page.body()));
            if (!page.floats().isEmpty()) {
                out.append("\n\n").append(String.join("\n", page.floats()));
            }
            out.append("\n\n").append(page.number()).append("\n\f");
        }
        return out.toString();
    }

    private static List<Page> endnotePages(TruthDocument doc, int linesPerPage, LineBreaker breaker, boolean magazine,
            boolean bulletAlone, String heading, String entry) {
        boolean blanks = magazine;
        List<Line> stream = body(doc, breaker, blanks, bulletAlone, magazine);
        stream.add(Line.newPage());
        stream.add(Line.text(heading, List.of()));
        doc.notes().forEach((label, text) -> {
            if (blanks) {
                stream.add(Line.blank());
            }
            stream.addAll(breaker.wrap(String.format(Locale.ROOT, entry, label, text)));
        });
        return new PageComposer(linesPerPage, 100, Map.of()).compose(stream);
    }

    private static Map<String, List<String>> footnotes(TruthDocument doc, LineBreaker breaker) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        doc.notes().forEach((label, text) -> notes.put(label,
                breaker.wrap(label + " " + text).stream().map(line -> line.lines().get(0)).toList()));
        return notes;
    }

    /**
     * The body as a stream of lines: headings, paragraphs and list items, with blank lines between
     * blocks if the layout has them; in the magazine layout also pull quotes (every other one
     * floating to the foot of its page) and sidebars set inside the paragraph after them.
     */
    private static List<Line> body(TruthDocument doc, LineBreaker breaker, boolean blanks, boolean bulletAlone,
            boolean magazine) {
        List<Line> stream = new ArrayList<>();
        List<Line> sidebar = List.of();
        int pullQuotes = 0;
        TruthDocument.Block previous = null;
        for (TruthDocument.Block block : doc.blocks()) {
            boolean listGoesOn = block instanceof TruthDocument.ListItem && previous instanceof TruthDocument.ListItem;
            if (blanks && !listGoesOn) {
                stream.add(Line.blank());
            }
            if (block instanceof TruthDocument.Heading h) {
                breaker.wrap(h.text()).forEach(line -> stream.add(line.keptWithNext()));
            } else if (block instanceof TruthDocument.ListItem item) {
                if (bulletAlone) {
                    stream.add(Line.text("•", List.of()));
                }
                stream.addAll(breaker.wrap(bulletAlone ? item.text() : "• " + item.text()));
            } else if (block instanceof TruthDocument.Paragraph p) {
                List<Line> lines = breaker.wrap(p.text());
                int split = Math.min(2, lines.size() - 1);
                stream.addAll(lines.subList(0, split));
                stream.addAll(sidebar);
                stream.addAll(lines.subList(split, lines.size()));
                sidebar = List.of();
            } else if (magazine && block instanceof TruthDocument.PullQuote q) {
                List<String> set = new LineBreaker(24, false).wrap(q.text()).stream().map(l -> l.lines().get(0)).toList();
                if (pullQuotes++ % 2 == 0) {
                    set.forEach(line -> stream.add(Line.text(line, List.of())));
                } else {
                    stream.add(Line.floating(set));
                }
            } else if (magazine && block instanceof TruthDocument.Sidebar s) {
                List<Line> box = new ArrayList<>();
                box.add(Line.blank());
                box.add(Line.text(s.title(), List.of()));
                s.paragraphs().forEach(paragraph -> box.addAll(new LineBreaker(50, true).wrap(paragraph)));
                box.add(Line.blank());
                sidebar = box;
            }
            previous = block;
        }
        return stream;
    }
}
