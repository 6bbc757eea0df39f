/**
 * Ingest: reads raw source texts and turns them into edition Markdown, one importer per source
 * format ({@code pdf-text}, {@code pdf-markdown}, {@code markdown}), chosen by declaration or by
 * sniffing. Every intervention on the author's text is recorded in an {@link org.edition.ingest.ImportReport}.
 */
package org.edition.ingest;
