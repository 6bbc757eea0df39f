/**
 * The PDF importer: reads a report from the PDF itself, with the positions, fonts and sizes of its
 * characters (Apache PDFBox), and turns it into edition Markdown — footnotes told from the text by
 * their size and place, references by being raised, headings by size and weight, running heads and
 * page numbers by repeating in the margins. {@link org.edition.ingest.pdf.PdfImporter} is the entry
 * point; each stage is a class of its own.
 */
package org.edition.ingest.pdf;
