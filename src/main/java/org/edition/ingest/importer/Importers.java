package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.markdown.MarkdownImporter;
import org.edition.ingest.pdfmarkdown.PdfMarkdownImporter;
import org.edition.ingest.pdf.PdfImporter;
import org.edition.ingest.pdftext.PdfTextImporter;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/**
 * The importers the edition knows, one per format, and the choice among them: the declared format
 * if there is one (a PDF file must be declared as pdf or not at all), the PDF importer for a PDF file,
 * otherwise the importer whose sniff is surest.
 */
public final class Importers {
    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The standard set: pdf-text, pdf-markdown, markdown and pdf. */
    public static Importers standard() {
        return new Importers(List.of(new PdfTextImporter(), new PdfMarkdownImporter(), new MarkdownImporter(),
                new PdfImporter()));
    }

    /** A format and why it was chosen. */
    public record Choice(Importer importer, String reason) {
    }

    /**
     * Picks the importer for a source.
     *
     * @param source   the raw text
     * @param declared the format the user or the sidecar declared, if any
     * @throws EditionException if the declared format has no importer
     */
    public Choice choose(SourceText source, Optional<SourceFormat> declared) {
        if (declared.isPresent() && source.isPdf() != (declared.get() == SourceFormat.PDF)) {
            throw EditionException.content(source.name(), 0, source.isPdf()
                    ? "the source is a PDF but its format is declared as '" + declared.get().id() + "'; declare 'pdf' or leave the format out"
                    : "the format is declared as 'pdf' but the source is not a PDF file");
        }
        if (declared.isPresent()) {
            Importer importer = importers.stream().filter(i -> i.format() == declared.get()).findFirst()
                    .orElseThrow(() -> EditionException.content(source.name(), 0,
                            "no importer for format '" + declared.get().id() + "'"));
            return new Choice(importer, "declared");
        }
        if (source.isPdf()) {
            Importer pdf = importers.stream().filter(i -> i.format() == SourceFormat.PDF).findFirst()
                    .orElseThrow(() -> EditionException.content(source.name(), 0, "no importer for PDF files"));
            return new Choice(pdf, "a PDF file");
        }
        Importer best = importers.get(0);
        int bestScore = Integer.MIN_VALUE;
        for (Importer importer : importers) {
            int score = importer.sniff(source);
            if (score > bestScore || score == bestScore && importer.format().ordinal() < best.format().ordinal()) {
                best = importer;
                bestScore = score;
            }
        }
        return new Choice(best, "sniffed, confidence " + bestScore + "%");
    }

    /**
     * Imports a source with the chosen importer, takes the census of the result's notes and warns
     * where the census shows a layout the importer could not read (see {@link NoteWarnings}).
     */
    public Imported importSource(SourceText source, Optional<SourceFormat> declared) {
        Choice choice = choose(source, declared);
        ImportLog log = new ImportLog(source.name());
        ImportedText text = choice.importer().read(source, log);
        NoteCensus census = NoteCensus.of(text.markdown());
        NotePlaces places = log.notePlaces();
        List<Diagnostic> diagnostics = new ArrayList<>(log.diagnostics());
        diagnostics.addAll(NoteWarnings.of(source.name(), census, places, log.diagnostics()));
        ImportReport report = new ImportReport(source.name(), choice.importer().format(), choice.reason(),
                census, places, log.interventions(), diagnostics);
        return new Imported(text, report);
    }

    /** An imported source with its report. */
    public record Imported(ImportedText text, ImportReport report) {
    }
}
