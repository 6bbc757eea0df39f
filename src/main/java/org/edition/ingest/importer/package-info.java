/**
 * What every importer shares: the {@link org.edition.ingest.importer.Importer} interface, the registry that
 * chooses one per source ({@link org.edition.ingest.importer.Importers}), the {@link
 * org.edition.ingest.importer.ImportLog} of interventions and the {@link org.edition.ingest.importer.ImportReport}
 * made from it, the note census of the result, and the markers and escapes of edition Markdown.
 */
package org.edition.ingest.importer;
