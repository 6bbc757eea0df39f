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
 * readers and detectors; the {@link org.edition.ingest.pdftext.ParagraphBuilder} rebuilds paragraphs
 * across line wraps and page breaks; the {@link org.edition.ingest.pdftext.NoteReferenceFinder} turns
 * glued note numbers into references; the {@link org.edition.ingest.pdftext.EditionWriter} writes the
 * blocks out. Every decision is recognised from patterns in the text (what repeats and where it
 * stands, line lengths, number sequences), never from strings of a particular report.
 */
package org.edition.ingest.pdftext;
