package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.ImportedText;
import org.edition.ingest.importer.Importer;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteSequence;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/**
 * Reads a report from its PDF, with the typography the text dumps throw away: characters with their
 * positions, fonts and sizes ({@link GlyphReader}) are grouped into lines ({@link LineBuilder}); the
 * document's body and note sizes are measured ({@link TypographicProfile}); running heads, feet and
 * page numbers ({@link PageFurniture}), the cover and contents ({@link FrontPages}) are set aside;
 * each page is put in reading order ({@link ReadingOrder}); the footnotes at the foot of pages and
 * columns are read ({@link FootnoteBlocks}, numbered by {@link NoteSequence}); headings, tables,
 * figures and paragraphs are rebuilt ({@link BodyFlow}, {@link Paragraphs}) and raised note numbers
 * become references ({@link NoteReferences}).
 *
 * <p>In the import report, the "line" of an intervention is the page of the PDF it happened on.
 */
public final class PdfImporter implements Importer {

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public int sniff(SourceText source) {
        return source.isPdf() ? 100 : 0;
    }

    @Override
    public ImportedText read(SourceText source, ImportLog log) {
        log.positionsArePages();
        PdfDocument document = PdfDocument.read(source);
        int count = document.pages().size();
        log.info(0, "read from the PDF itself (" + count + (count == 1 ? " page" : " pages") + ", SHA-256 " + source.sha256()
                + "), the source of record");
        if (document.truncated()) {
            log.warn(0, "the PDF has no end-of-file marker: it may be cut short, and its last pages missing");
        }
        List<PdfPage> pdf = document.pages();
        LineBuilder builder = new LineBuilder();
        List<List<TextLine>> all = new ArrayList<>();
        for (PdfPage page : pdf) {
            all.add(builder.lines(page));
            if (page.turned() > 0) {
                log.did(Intervention.Kind.OTHER, page.index(), page.turned()
                        + " characters set at an angle left out (margin stamps, turned table heads)");
            }
        }
        PageFurniture.Found furniture = new PageFurniture().find(pdf, all, TypographicProfile.of(all, pdf).body());
        List<List<TextLine>> pages = new ArrayList<>();
        for (List<TextLine> page : all) {
            List<TextLine> kept = new ArrayList<>();
            for (TextLine line : page) {
                if (furniture.has(line)) {
                    log.did(furniture.removed().get(line) ? Intervention.Kind.PAGE_NUMBER_REMOVED
                            : Intervention.Kind.RUNNING_HEAD_REMOVED, line.page(), line.text());
                } else {
                    kept.add(line);
                }
            }
            pages.add(kept);
        }
        TypographicProfile profile = TypographicProfile.of(pages, pdf);
        FrontPages front = new FrontPages();
        front.read(pages, profile, log);
        Joiner joiner = Joiner.of(pages, log);
        ReadingOrder order = new ReadingOrder(profile.body());
        FootnoteBlocks footnotes = new FootnoteBlocks(profile, joiner, log);
        List<List<Placed>> ordered = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = pages.get(p).stream().filter(l -> !front.has(l)).toList();
            List<Placed> placed = order.order(lines);
            footnotes.read(placed, pdf.get(p).height());
            ordered.add(placed.stream().filter(l -> !footnotes.isNote(l.line())).toList());
        }
        BodyFlow flow = new BodyFlow(profile, joiner, log);
        List<Block> blocks = new ArrayList<>(flow.build(ordered, PageLabels.of(pdf, furniture.printedNumbers())));
        List<FootnoteBlocks.Draft> notes = footnotes.notes();
        Set<String> labels = new HashSet<>();
        for (FootnoteBlocks.Draft n : notes) {
            labels.add(n.label);
            blocks.add(new Block.Note(n.label, LineText.merge(n.text), n.page));
        }
        List<Block> resolved = new NoteReferences(labels, log).resolve(blocks);
        return new ImportedText(new MarkdownOut().write(resolved), front.found());
    }
}
