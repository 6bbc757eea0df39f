package org.edition.ingest.importer;

import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;

/**
 * Turns one form of raw source text into edition Markdown.
 *
 * <p>Edition Markdown is CommonMark with {@code [^n]} footnote references and definitions, one
 * paragraph per line, section headings from {@code ##}, and editorial markers as HTML comments
 * (see {@link EditionMarkers}). An importer never drops or invents author's text silently: every
 * intervention is recorded in the {@link ImportLog}.
 */
public interface Importer {

    /** The format this importer reads. */
    SourceFormat format();

    /**
     * How sure this importer is that the text is in its format, from 0 (surely not) to 100 (surely);
     * the registry picks the highest.
     */
    int sniff(SourceText source);

    /**
     * Imports the text.
     *
     * @param source the raw text
     * @param log    collects interventions and diagnostics, with line numbers of the source
     * @return the body as edition Markdown (without front matter) and what the importer found of the
     *         metadata
     */
    ImportedText read(SourceText source, ImportLog log);
}
