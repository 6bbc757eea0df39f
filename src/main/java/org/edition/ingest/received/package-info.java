/**
 * The edition's inputs exactly as received, byte for byte — the content folder (edition.yaml, the
 * editorial YAML files, every source with its sidecar) and the templates — for the archival snapshot,
 * which keeps them so the edition can be rebuilt and every intervention traced.
 */
package org.edition.ingest.received;
