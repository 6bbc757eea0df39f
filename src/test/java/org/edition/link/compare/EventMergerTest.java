package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.edition.ingest.EditionReader;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.model.Edition;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.model.compare.DateSpan;
import org.junit.jupiter.api.Test;

/**
 * The indexed merging of timeline mentions gives exactly what comparing every mention with every mention of
 * every event gives (the definition, kept here as the oracle), on the seed reports and on thirty reports
 * made of their paragraphs, where one event is mentioned by many reports and mentions join several events.
 */
class EventMergerTest {

    /** The definition: each mention, in date order, joins every event it nests with and shares an event with. */
    private static List<String> allPairs(List<Timeline.Placed> placed) {
        final class Row {
            DateSpan when;
            final List<Integer> members = new ArrayList<>();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Timeline.Placed p = placed.get(i);
            List<Row> same = rows.stream().filter(row -> row.when.nests(p.mention().when())
                    && row.members.stream().anyMatch(m -> Timeline.sameEvent(p, placed.get(m)))).toList();
            if (same.isEmpty()) {
                Row row = new Row();
                row.when = p.mention().when();
                row.members.add(i);
                rows.add(row);
                continue;
            }
            Row into = same.get(0);
            for (Row other : same.subList(1, same.size())) {
                into.members.addAll(other.members);
                into.when = Timeline.narrower(into.when, other.when);
                rows.remove(other);
            }
            into.members.add(i);
            into.when = Timeline.narrower(into.when, p.mention().when());
        }
        return rows.stream().map(r -> r.when.label() + " " + r.members.stream().sorted().toList()).toList();
    }

    private static List<String> indexed(List<Timeline.Placed> placed) {
        return EventMerger.merge(placed).stream().map(e -> e.when.label() + " "
                + e.mentions(placed).stream().map(placed::indexOf).sorted().toList()).toList();
    }

    @Test
    void givesWhatComparingEveryPairGivesOnTheSeedReports() {
        Edition seed = seed();
        List<Timeline.Placed> placed = new Timeline().place(seed.reports(), seed.glossary());
        assertTrue(placed.size() > 50, "the seed reports name " + placed.size() + " dates");
        assertEquals(allPairs(placed), indexed(placed));
    }

    @Test
    void givesWhatComparingEveryPairGivesOnThirtyReportsMadeOfTheSeedParagraphs() {
        Edition seed = seed();
        List<Paragraph> paragraphs = seed.reports().stream().flatMap(r -> r.paragraphs().stream()).toList();
        Random random = new Random(13);
        List<Report> reports = new ArrayList<>(seed.reports());
        for (int r = 0; r < 30; r++) {
            StringBuilder markdown = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                markdown.append(paragraphs.get(random.nextInt(paragraphs.size())).text().replaceAll("[*_\\[\\]<>#`]", " "))
                        .append("\n\n");
            }
            reports.add(Reports.report("r" + r, 2014 + random.nextInt(8) + "", markdown.toString()));
        }
        List<Timeline.Placed> placed = new Timeline().place(reports, seed.glossary());
        List<String> expected = allPairs(placed);
        long crowded = expected.stream().filter(row -> row.split(",").length >= 10).count();
        assertTrue(crowded >= 10, "events mentioned ten times or more: " + crowded);
        assertEquals(expected, indexed(placed));
    }

    private static Edition seed() {
        return new EditionReader(Importers.standard(), new MarkdownEngine()).read(Path.of("content"), Optional.empty()).edition();
    }
}
