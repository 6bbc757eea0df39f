package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edition.ingest.contents.ContentsTitles;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.ImportedText;
import org.edition.ingest.importer.Importer;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.pdftext.Block;
import org.edition.ingest.pdftext.ContentsList;
import org.edition.ingest.pdftext.CoverReader;
import org.edition.ingest.pdftext.EditionWriter;
import org.edition.ingest.pdftext.EndnoteReader;
import org.edition.ingest.pdftext.Flow;
import org.edition.ingest.pdftext.FlowBuilder;
import org.edition.ingest.pdftext.FootnoteReader;
import org.edition.ingest.pdftext.HeadingDetector;
import org.edition.ingest.pdftext.HyphenResolver;
import org.edition.ingest.pdftext.LineJoiner;
import org.edition.ingest.pdftext.LineProfile;
import org.edition.ingest.pdftext.LineRole;
import org.edition.ingest.pdftext.LineRoles;
import org.edition.ingest.pdftext.MissingHeadingCheck;
import org.edition.ingest.pdftext.NoteReferenceFinder;
import org.edition.ingest.pdftext.Page;
import org.edition.ingest.pdftext.PageNumbering;
import org.edition.ingest.pdftext.PageSplitter;
import org.edition.ingest.pdftext.ParagraphBuilder;
import org.edition.ingest.pdftext.PdfTextSniffer;
import org.edition.ingest.pdftext.PullQuoteDetector;
import org.edition.ingest.pdftext.RunningHeadDetector;
import org.edition.ingest.pdftext.SidebarDetector;
import org.edition.ingest.pdftext.SourceLines;
import org.edition.ingest.pdftext.TextRun;
import org.edition.ingest.pdftext.Vocabulary;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/**
 * Reads text dumped from a PDF (pdftotext, PDFBox, pdfminer and the like) into edition Markdown:
 * pages found and numbered, running heads and page numbers removed, notes read from an endnotes
 * section or from page-bottom footnotes, headings, pull quotes and sidebars recognised, paragraphs
 * rebuilt across line wraps and page breaks, glued note numbers turned into references. The stages
 * live in {@link org.edition.ingest.pdftext}.
 */
public final class PdfTextImporter implements Importer {

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF_TEXT;
    }

    @Override
    public int sniff(SourceText source) {
        return new PdfTextSniffer().score(source.text());
    }

    @Override
    public ImportedText read(SourceText source, ImportLog log) {
        return reading(source, log).text();
    }

    /**
     * The import with what it saw: the lines as read, the role each line was given and the pages, for tests
     * and for finding out why a line went where it did.
     *
     * @param text  the edition Markdown and the metadata found
     * @param lines the source lines, running feet glued to lines cut off
     * @param roles the role of every line
     * @param pages the numbered pages
     */
    record Reading(ImportedText text, SourceLines lines, LineRoles roles, List<Page> pages) {
    }

    Reading reading(SourceText source, ImportLog log) {
        SourceLines lines = SourceLines.of(source);
        List<Integer> notesHeadings = EndnoteReader.findHeadings(lines);
        int bodyEnd = notesHeadings.isEmpty() ? lines.size() : notesHeadings.get(notesHeadings.size() - 1) - 1;
        LineProfile profile = LineProfile.of(lines, bodyEnd);
        if (profile.blankAfterEveryLine()) {
            log.did(Intervention.Kind.BLANK_LINES_DISREGARDED, 1, "a blank line follows every line of text");
        }
        PageFinder.Found paged = PageFinder.find(lines, profile, log);
        lines = paged.lines();
        List<Page> pages = paged.pages();
        SideHeadings.Result margins = new SideHeadings().detect(lines, pages, log);
        lines = margins.lines();
        LineRoles roles = new LineRoles(lines);
        FoundMetadata found = new CoverReader().read(lines, pages, profile, roles, log);
        ContentsTitles contents = new ContentsList().drop(lines, pages, roles, log);
        SortedMap<Integer, RunningHeadDetector.Furniture> furniture =
                new RunningHeadDetector().detect(lines, pages, profile, roles, contents);
        paged.furniture().forEach(f -> furniture.putIfAbsent(f.line(), f));
        pages = new PageNumbering().number(pages, furniture, log);
        removeFurniture(lines, furniture, roles, log);
        LineJoiner joiner = new LineJoiner(new HyphenResolver(Vocabulary.of(lines)));
        List<int[]> notesSections = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        if (!notesHeadings.isEmpty()) {
            int series = 1;
            for (int i = 0; i < notesHeadings.size(); i++) {
                boolean chapter = i + 1 < notesHeadings.size();
                int until = chapter ? notesHeadings.get(i + 1) : lines.size() + 1;
                EndnoteReader.Endnotes endnotes = new EndnoteReader(joiner).read(lines, notesHeadings.get(i), until, series,
                        pages, roles, log);
                notes.addAll(endnotes.blocks());
                notesSections.add(new int[] {notesHeadings.get(i), endnotes.lastLine()});
                series = endnotes.series() + 1;
                if (!chapter) {
                    keepBackMatter(lines, roles, endnotes.lastLine(), log);
                }
            }
        } else {
            Optional<RomanEndnotes.Found> roman = new RomanEndnotes(joiner).read(lines, roles, log);
            if (roman.isPresent()) {
                notesSections.add(new int[] {roman.get().first(), roman.get().lastLine()});
                notes = roman.get().blocks();
            } else {
                notes = new FootnoteReader(joiner, profile).read(lines, pages, roles, log);
            }
        }
        Map<Integer, Flow> startsAt = new TreeMap<>();
        HeadingDetector headings = new HeadingDetector(joiner);
        ContentsHeadings.Result listed = new ContentsHeadings(joiner).detect(lines, roles, pages, profile, contents, log);
        lines = listed.lines();
        List<HeadingDetector.Found> strong = new ArrayList<>(listed.found());
        strong.addAll(headings.detect(lines, roles, pages, profile, log));
        strong.forEach(h -> startsAt.put(h.lines().get(0), new Flow.Heading(h.block(), h.lines().get(0), h.label())));
        headings.detectTitles(lines, roles, pages, profile, strong, log)
                .forEach(h -> startsAt.put(h.lines().get(0), new Flow.Heading(h.block(), h.lines().get(0), h.label())));
        headings.detect(lines, roles, pages, profile, log)
                .forEach(h -> startsAt.put(h.lines().get(0), new Flow.Heading(h.block(), h.lines().get(0), h.label())));
        margins.headings().forEach((line, h) -> placeSideHeading(startsAt, line, h, log));
        for (HeadingDetector.Found h : new FootHeadings().detect(lines, roles, pages, profile, sectionLevel(startsAt), log)) {
            startsAt.put(h.lines().get(0), new Flow.Insert(h.block(), h.lines().get(0)));
        }
        liftPullQuotes(lines, roles, pages, profile, joiner, startsAt, log);
        for (SidebarDetector.Found box : new SidebarDetector(joiner).detect(lines, roles, pages, profile, log)) {
            startsAt.put(box.lines().get(0), new Flow.Insert(box.block(), box.lines().get(0)));
        }
        new MissingHeadingCheck().check(lines, roles, pages, bodyEnd, log);
        List<Flow> flow = new FlowBuilder().build(lines, roles, pages, profile, startsAt, notesSections);
        List<Block> blocks = new ArrayList<>(new ParagraphBuilder(profile, joiner, log).build(flow));
        List<String> labels = notes.stream().filter(b -> b instanceof Block.NoteDefinition)
                .map(b -> ((Block.NoteDefinition) b).label()).toList();
        new NoteReferenceFinder(labels).link(blocks, log);
        blocks.addAll(notes);
        notes.stream().filter(Block.NoteDefinition.class::isInstance).map(Block.NoteDefinition.class::cast)
                .forEach(d -> log.noteText(d.label(), d.text().firstLine()));
        return new Reading(new ImportedText(new EditionWriter().write(blocks), found), lines, roles, pages);
    }

    /**
     * Sets a side heading before the text it stood beside; where another heading already starts on that
     * line, the side heading goes before it, and where something else does, the report says that the side
     * heading could not be placed, so that its words are not lost unnoticed.
     */
    private static void placeSideHeading(Map<Integer, Flow> startsAt, int line, HeadingDetector.Found side, ImportLog log) {
        Flow there = startsAt.get(line);
        if (there == null) {
            startsAt.put(line, new Flow.Heading(side.block(), line, side.label()));
        } else if (there instanceof Flow.Heading h && h.label().isEmpty()) {
            startsAt.put(line, new Flow.Heading(h.block(), line, Optional.of(side.block())));
        } else {
            log.warn(line, "the side heading “" + side.block().text().text() + "” beside this line could not be set before it: "
                    + "add it by hand");
        }
    }

    /** The level most of the headings found so far have (2 if none): the level of the report's sections. */
    private static int sectionLevel(Map<Integer, Flow> startsAt) {
        Map<Integer, Integer> byLevel = new TreeMap<>();
        startsAt.values().stream().filter(Flow.Heading.class::isInstance)
                .forEach(f -> byLevel.merge(((Flow.Heading) f).block().level(), 1, Integer::sum));
        return byLevel.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(2);
    }

    private static void liftPullQuotes(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile,
            LineJoiner joiner, Map<Integer, Flow> startsAt, ImportLog log) {
        for (List<Integer> quote : new PullQuoteDetector().detect(lines, roles, pages, profile)) {
            TextRun run = TextRun.of(lines.get(quote.get(0)).text(), quote.get(0));
            for (int i = 1; i < quote.size(); i++) {
                joiner.append(run, lines.get(quote.get(i)).text(), quote.get(i), "", log);
            }
            log.did(Intervention.Kind.PULL_QUOTE_LIFTED, quote.get(0), run.text());
            startsAt.put(quote.get(0), new Flow.Insert(new Block.PullQuote(run), quote.get(0)));
        }
    }

    /** Text after the notes (author notes, disclaimers) stays, after the body and before the note definitions. */
    private static void keepBackMatter(SourceLines lines, LineRoles roles, int notesEnd, ImportLog log) {
        for (int n = notesEnd + 1; n <= lines.size(); n++) {
            if (roles.isBody(n)) {
                log.did(Intervention.Kind.BACK_MATTER_KEPT, n, "text after the notes kept after the body: “"
                        + lines.get(n).text() + "”");
                return;
            }
        }
    }

    private static void removeFurniture(SourceLines lines, Map<Integer, RunningHeadDetector.Furniture> furniture,
            LineRoles roles, ImportLog log) {
        for (RunningHeadDetector.Furniture f : furniture.values()) {
            boolean number = f.kind() == RunningHeadDetector.Kind.PAGE_NUMBER;
            roles.set(f.line(), number ? LineRole.PAGE_NUMBER : LineRole.RUNNING_HEAD);
            log.did(number ? Intervention.Kind.PAGE_NUMBER_REMOVED : Intervention.Kind.RUNNING_HEAD_REMOVED,
                    f.line(), lines.get(f.line()).text());
        }
    }
}
