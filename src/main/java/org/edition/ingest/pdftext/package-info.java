/**
 * The pieces of the {@code pdf-text} importer, which turns text dumped from a PDF (pdftotext, PDFBox,
 * pdfminer and the like) into edition Markdown.
 *
 * <p>The importer works in stages, each a small class: the source is read into {@link
 * org.edition.ingest.pdftext.SourceLine}s and a {@link org.edition.ingest.pdftext.LineProfile}
 * (spacing, line width); the {@link org.edition.ingest.pdftext.PageSplitter} finds the original pages;
 * the {@link org.edition.ingest.pdftext.RunningHeadDetector} finds running heads and page numbers and
 * {@link org.edition.ingest.pdftext.PageNumbering} numbers the pages; front matter, contents lists,
 * endnotes, page-bottom footnotes, headings, pull quotes and sidebars are recognised by their own
 * readers and detectors (a heading by the words of its line and by what stands around it, past what a
 * page break drags in); the {@link org.edition.ingest.pdftext.ParagraphBuilder} rebuilds paragraphs
 * across line wraps and page breaks, ending one where a line ends a sentence short of how full the
 * dump's lines are ({@link org.edition.ingest.pdftext.LineFill}); the {@link
 * org.edition.ingest.pdftext.NoteReferenceFinder} turns glued note numbers into references; the {@link
 * org.edition.ingest.pdftext.EditionWriter} writes the blocks out. Every decision is recognised from patterns in the text (what repeats and where it
 * stands, line lengths, number sequences), never from strings of a particular report.
 */
package org.edition.ingest.pdftext;
