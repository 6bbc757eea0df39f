/**
 * Page furniture, as every importer meets it: what a layout prints on each page besides the author's
 * text. {@link org.edition.ingest.furniture.PrintedPageNumber} says whether a line is a printed page
 * number ({@code 7}, {@code Page 7}, {@code – 7 –}, {@code 7 of 40}, {@code xii}) and which;
 * {@link org.edition.ingest.furniture.RunningLineKey} says what stays the same of a running head or foot
 * from page to page. The importers differ in how they know where a page begins and ends (form feeds
 * and line positions in a text dump, note blocks in converter Markdown, coordinates in a PDF), not in
 * what these lines look like, so that part is here once.
 */
package org.edition.ingest.furniture;
