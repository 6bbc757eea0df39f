package org.edition.ingest;

/** Placeholder until the importer lands. */
public final class PdfMarkdownImporter implements Importer {
    @Override
    public SourceFormat format() {
        return SourceFormat.PDF_MARKDOWN;
    }

    @Override
    public int sniff(SourceText source) {
        return 0;
    }

    @Override
    public ImportedText read(SourceText source, ImportLog log) {
        return new ImportedText(source.text(), FoundMetadata.NONE);
    }
}
