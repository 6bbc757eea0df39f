/**
 * Ingest: the only stage that reads content. {@link org.edition.ingest.EditionReader} reads
 * {@code content/} into the model; its parts live in sub-packages, in the order a source flows through
 * them:
 * <ul>
 * <li>{@code source}: a file's bytes decoded into a source text, its format, its front matter;</li>
 * <li>{@code importer}: the importer interface and registry, the import log and report (every
 *     intervention on the author's text, by line), edition Markdown's markers;</li>
 * <li>{@code notes}: what importers share about notes: the note sequence that decides what is a
 *     reference and what is a note;</li>
 * <li>{@code pdftext}, {@code pdfmarkdown}, {@code markdown}: one importer per source format;</li>
 * <li>{@code metadata}: declared, found and resolved metadata of a report;</li>
 * <li>{@code body}: edition Markdown read into sections, paragraphs and notes;</li>
 * <li>{@code editorial}: the editors' YAML files (glossary, annotations, themes, emendations).</li>
 * </ul>
 */
package org.edition.ingest;
