/**
 * What importers share about a report's printed contents list: the titles it lists, which name the
 * report's headings. An importer reads the entries in its own format (dotted leaders, columns a text dump
 * split apart, links of converter Markdown); {@link org.edition.ingest.contents.ContentsTitles} then tells
 * whether a line of the body, or a few lines joined, is one of those titles.
 */
package org.edition.ingest.contents;
