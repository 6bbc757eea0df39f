/**
 * What the importers share about notes: the running {@link org.edition.ingest.notes.NoteSequence} (the
 * number expected next decides what is a reference and what is a note; numbering may restart, and the
 * notes of a second series are labelled {@code 1-2}, {@code 2-2} …), the rule that judges one candidate
 * reference against it ({@link org.edition.ingest.notes.NoteReferenceRule}), the rule that judges whether
 * a run of numbered items is a block of notes or a numbered list ({@link org.edition.ingest.notes.NoteRunRule}),
 * and how a line opens a note ({@link org.edition.ingest.notes.NoteOpening}).
 */
package org.edition.ingest.notes;
