package org.edition.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The forms a source text can come in; each has one importer. */
public enum SourceFormat {
    /** Text dumped from a PDF by pdftotext, PDFBox, pdfminer and the like. */
    PDF_TEXT("pdf-text"),
    /** Markdown made from a PDF by a converter: {@code <sup>n</sup>} references, page-bottom note blocks. */
    PDF_MARKDOWN("pdf-markdown"),
    /** Clean Markdown with YAML front matter and {@code [^n]} footnotes. */
    MARKDOWN("markdown"),
    /** The PDF itself, read with its fonts and sizes ({@link org.edition.ingest.pdf.PdfImporter}). */
    PDF("pdf");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and in sidecars, like {@code pdf-text}. */
    public String id() {
        return id;
    }

    /** The format with this name, if any. */
    public static Optional<SourceFormat> byId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** All names, for messages: {@code pdf-text, pdf-markdown, markdown, pdf}. */
    public static String allIds() {
        return Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
