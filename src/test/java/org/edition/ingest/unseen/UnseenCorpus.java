package org.edition.ingest.unseen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.ingest.unseen.ExtractionSimulator.Layout;

/** The held-out truth documents under {@code src/test/resources/unseen/}, in name order. */
final class UnseenCorpus {
    static final Path ROOT = Path.of("src/test/resources/unseen");

    private UnseenCorpus() {
    }

    /** Every truth document, sorted by folder name. */
    static List<TruthDocument> documents() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<TruthDocument> docs = dirs.filter(d -> Files.exists(d.resolve("truth.md"))).sorted()
                    .map(TruthDocument::load).toList();
            if (docs.isEmpty()) {
                throw new IllegalStateException("no truth documents under " + ROOT);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ROOT, e);
        }
    }

    /** The truth as a layout sets it: without pull quotes and sidebars unless the layout has them. */
    static TruthDocument truthFor(TruthDocument doc, Layout layout) {
        return layout.setsFloats() ? doc : doc.withoutFloats();
    }
}
