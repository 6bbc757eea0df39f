/**
 * Edition Markdown into the model: flexmark parses it ({@link org.edition.ingest.body.MarkdownEngine}),
 * the {@link org.edition.ingest.body.ReportReader} turns it into sections, numbered paragraphs, inserts,
 * page starts and notes linked both ways, with stable anchors.
 */
package org.edition.ingest.body;
