package org.edition.ingest.importer;

import java.util.Objects;
import org.edition.ingest.metadata.FoundMetadata;

/**
 * What an importer made of a source.
 *
 * @param markdown edition Markdown of the body, without front matter
 * @param found    metadata the importer read in the text itself (cover, title block); fields it did
 *                 not find are empty
 */
public record ImportedText(String markdown, FoundMetadata found) {
    public ImportedText {
        Objects.requireNonNull(markdown, "markdown");
        found = found == null ? FoundMetadata.NONE : found;
    }
}
