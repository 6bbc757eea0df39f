/** The {@code markdown} importer: clean Markdown with {@code [^n]} notes, passed through and checked. */
package org.edition.ingest.markdown;
