/**
 * Source files as received: decoded into a {@link org.edition.ingest.source.SourceText} (or refused with
 * the line where the bytes go wrong), their {@link org.edition.ingest.source.SourceFormat}, and a
 * Markdown source split from its YAML front matter.
 */
package org.edition.ingest.source;
