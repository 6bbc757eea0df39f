/**
 * A report's metadata: what the editor declared (sidecar or front matter), what an importer found in the
 * text (cover, title block), cover dates, and the resolution of the three into the model's metadata.
 */
package org.edition.ingest.metadata;
