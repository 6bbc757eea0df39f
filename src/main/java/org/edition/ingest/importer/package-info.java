/**
 * What every importer shares: the {@link org.edition.ingest.importer.Importer} interface, the registry that
 * chooses one per source ({@link org.edition.ingest.importer.Importers}), the {@link
 * org.edition.ingest.importer.ImportLog} of interventions and of the source lines of note references and
 * texts, and the {@link org.edition.ingest.importer.ImportReport} made from it: the note census of the result
 * ({@link org.edition.ingest.importer.NoteCensus}, its {@link org.edition.ingest.importer.NoteSeries} and
 * {@link org.edition.ingest.importer.NoteLabel}s), the places of its problems ({@link
 * org.edition.ingest.importer.NotePlaces}) and the warnings where the notes were not read; and the markers and
 * escapes of edition Markdown.
 */
package org.edition.ingest.importer;
