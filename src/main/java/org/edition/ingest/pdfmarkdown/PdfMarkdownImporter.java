package org.edition.ingest.pdfmarkdown;

import java.util.List;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.ImportedText;
import org.edition.ingest.importer.Importer;
import org.edition.ingest.pdfmarkdown.BlockReader;
import org.edition.ingest.pdfmarkdown.FormatSniffer;
import org.edition.ingest.pdfmarkdown.PdfMarkdownPipeline;
import org.edition.ingest.pdfmarkdown.SourceBlock;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/**
 * Reads Markdown made from a PDF by a converter: note references as {@code <sup>n</sup>}, each page's
 * notes as an {@code n. text} block (after a rule or not) that cuts the paragraph running across the page
 * end, links whose target was lost, a dotted contents list, a cover. The result is edition Markdown with
 * {@code [^n]} notes, page markers and the cover read into metadata (see
 * {@link org.edition.ingest.pdfmarkdown} for the stages).
 */
public final class PdfMarkdownImporter implements Importer {
    @Override
    public SourceFormat format() {
        return SourceFormat.PDF_MARKDOWN;
    }

    @Override
    public int sniff(SourceText source) {
        return FormatSniffer.sniff(source.text());
    }

    @Override
    public ImportedText read(SourceText source, ImportLog log) {
        List<SourceBlock> blocks = BlockReader.read(source.lines());
        return PdfMarkdownPipeline.run(blocks, log);
    }
}
