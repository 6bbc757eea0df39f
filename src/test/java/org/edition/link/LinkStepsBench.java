package org.edition.link;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.edition.ingest.EditionReader;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.importer.Importers;
import org.edition.link.compare.DistinctiveVocabulary;
import org.edition.link.compare.RelatedPassages;
import org.edition.link.compare.SharedSources;
import org.edition.link.compare.ThemeMatcher;
import org.edition.link.compare.Timeline;
import org.edition.model.Edition;
import org.edition.model.Report;

/**
 * Times the link stage's steps one by one, in one JVM, on an edition read once (not a test: run by
 * {@code bench/link-steps.sh}): the glossary links, the glossary candidates, the themes' passages, the
 * distinctive vocabulary, the shared sources, the timeline, the related passages, then the whole stage.
 * Each is run several times and its best time printed, so that what one change to one step buys can be
 * seen apart from the rest of the build and from the JVM's warming up.
 */
public final class LinkStepsBench {
    private final Map<String, Long> best = new LinkedHashMap<>();

    private LinkStepsBench() {
    }

    /** Arguments: the content folder (e.g. one made by bench/corpus.sh), and how many runs (default 5). */
    public static void main(String[] args) {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Edition edition = new EditionReader(Importers.standard(), new MarkdownEngine()).read(content, Optional.empty()).edition();
        LinkStepsBench bench = new LinkStepsBench();
        for (int r = 0; r < runs; r++) {
            bench.once(edition);
        }
        System.out.printf(Locale.ROOT, "bench/link-steps.sh, %s, %d reports, %d CPUs, best of %d runs in one JVM%n", content,
                edition.reports().size(), Runtime.getRuntime().availableProcessors(), runs);
        bench.best.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "  %-20s %8.0f ms%n", step, nanos / 1e6));
    }

    private void once(Edition e) {
        List<Report> reports = e.reports();
        GlossaryLinker.Result glossed = time("glossary links",
                () -> new GlossaryLinker().link(reports, e.glossary(), GlossaryLinker.Policy.FIRST_IN_SECTION));
        time("glossary candidates", () -> new GlossaryCandidates().find(glossed.reports(), e.glossary()));
        time("themes", () -> org.edition.parallel.EveryCore.map(e.themes(), t -> new ThemeMatcher(t, e.glossary()).cover(reports)));
        time("vocabulary", () -> new DistinctiveVocabulary().find(reports));
        time("shared sources", () -> new SharedSources().find(reports));
        time("timeline", () -> new Timeline().build(reports, e.glossary()));
        time("related passages", () -> new RelatedPassages().find(reports));
        time("whole link stage", () -> new EditionLinker().link(e));
    }

    private <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T made = work.get();
        best.merge(step, System.nanoTime() - start, Math::min);
        return made;
    }
}
