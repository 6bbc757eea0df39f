package org.edition.ingest.pdfmarkdown;

import java.util.List;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.ImportedText;
import org.edition.ingest.importer.NoteCensus;

/** The stages of the {@code pdf-markdown} importer, one line each, in the order the text flows. */
public final class PdfMarkdownPipeline {
    private PdfMarkdownPipeline() {
    }

    /**
     * Turns the blocks of the converter's Markdown into edition Markdown.
     *
     * @param blocks the source's blocks, from {@link BlockReader}
     * @param log    receives every intervention and diagnostic
     * @return the edition Markdown and the metadata read from the cover
     */
    public static ImportedText run(List<SourceBlock> blocks, ImportLog log) {
        CoverReader.Result cover = CoverReader.read(blocks, log);
        ContentsList.Result contents = ContentsList.take(cover.rest(), log);
        List<SourceBlock> body = ListedHeadings.mark(RunningLines.remove(contents.rest(), log), contents.titles(), log);
        NoteLayout.Result layout = NoteLayout.lay(body, log);
        String markdown = new EditionWriter(log).write(layout, contents.entries(), cover.found());
        reportUncitedNotes(markdown, layout, log);
        return new ImportedText(markdown, cover.found());
    }

    /** A source whose converter dropped every reference but kept the notes: say so, invent nothing. */
    private static void reportUncitedNotes(String markdown, NoteLayout.Result layout, ImportLog log) {
        NoteCensus census = NoteCensus.of(markdown);
        if (census.references().isEmpty() && !layout.notes().isEmpty()) {
            log.warn(layout.notes().get(0).block().line(), "the source has " + layout.notes().size()
                    + " note texts but no note references: the converter dropped them; the notes are kept "
                    + "and no references are supplied");
        }
    }
}
