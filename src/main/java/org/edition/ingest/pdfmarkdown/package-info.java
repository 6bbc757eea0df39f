/**
 * The {@code pdf-markdown} importer's parts: Markdown made from a PDF by a converter, with
 * {@code <sup>n</sup>} note references and page-bottom note blocks, turned into edition Markdown.
 *
 * <p>The stages, in the order the importer runs them: {@link org.edition.ingest.pdfmarkdown.BlockReader}
 * cuts the source into blocks; {@link org.edition.ingest.pdfmarkdown.CoverReader} reads the cover into
 * metadata; {@link org.edition.ingest.pdfmarkdown.ContentsList} drops the printed contents;
 * {@link org.edition.ingest.pdfmarkdown.RunningLines} removes running heads and page numbers;
 * {@link org.edition.ingest.pdfmarkdown.NoteLayout} lifts the note blocks out of the body, where each one
 * ends a page; {@link org.edition.ingest.pdfmarkdown.EditionWriter} writes the body, joining paragraphs that
 * a note block cut, and the note definitions. Each decision an editor may question is a small rule of its
 * own ({@link org.edition.ingest.notes.NoteReferenceRule}, {@link org.edition.ingest.notes.NoteRunRule},
 * {@link org.edition.ingest.pdfmarkdown.PageJoinRule}) with unit tests.
 */
package org.edition.ingest.pdfmarkdown;
