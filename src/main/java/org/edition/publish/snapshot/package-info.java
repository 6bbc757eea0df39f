/**
 * Archival snapshots: one self-describing package per edition, written by the publish stage. The package
 * is a BagIt 1.0 bag (RFC 8493) whose payload holds the site as published, the content and templates as
 * received, and the site as a WARC 1.1 file (with a WACZ 1.1.1 beside it) so wayback software can replay
 * it at its real address. Everything in it is derived from the inputs and the edition's date — record
 * ids, dates, entry order, zip timestamps — so the same sources give the same bytes on any machine.
 */
package org.edition.publish.snapshot;
