package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edition.model.compare.ParagraphRef;
import org.edition.model.compare.ParagraphRelations;
import org.edition.model.compare.RelatedPassage;
import org.junit.jupiter.api.Test;

/** Related passages: TF-IDF cosine through an inverted index, only between reports, only pairs sharing a term. */
class RelatedPassagesTest {

    private static List<Passage> report(String id, String... paragraphs) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            out.add(new Passage(new ParagraphRef(id, "p" + (i + 1), i + 1), "", paragraphs[i]));
        }
        return out;
    }

    private static Map<String, List<String>> byParagraph(RelatedPassages.Result result) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (ParagraphRelations r : result.relations()) {
            out.put(r.paragraph().reportId() + "#" + r.paragraph().paragraphId(), r.related().stream()
                    .map(p -> p.paragraph().reportId() + "#" + p.paragraph().paragraphId()).toList());
        }
        return out;
    }

    @Test
    void ranksTheParagraphsOfTheOtherReportsByCosineAndLeavesWeakMatchesOut() {
        List<List<Passage>> parts = List.of(
                report("a",
                        "Missile defence sites in Poland and Romania anger Moscow.",
                        "Sanctions on oligarchs and banks after Crimea.",
                        "Gardening in spring: tulips and roses."),
                report("b",
                        "Oligarchs and their banks face new sanctions over Crimea.",
                        "Moscow sees missile defence in Poland as a threat.",
                        "Sanctions again, and missile talks.",
                        "Banks."),
                report("c",
                        "Missile defence, Poland, Romania: the sites."));
        RelatedPassages.Result result = new RelatedPassages(400, 0.1).find(parts, List.of("a", "b", "c"));
        Map<String, List<String>> related = byParagraph(result);
        assertEquals(List.of("c#p1", "b#p2"), related.get("a#p1"), "most similar first, across every other report");
        assertEquals(List.of("b#p1", "b#p4", "b#p3"), related.get("a#p2"), "at most three");
        assertTrue(!related.containsKey("a#p3"), "a paragraph sharing no word has no related passages");
        for (ParagraphRelations r : result.relations()) {
            for (RelatedPassage p : r.related()) {
                assertTrue(!p.paragraph().reportId().equals(r.paragraph().reportId()), "related within one report: " + r);
                assertTrue(p.score() >= 0.1 && p.score() <= 1, "score " + p.score());
            }
            List<Double> scores = r.related().stream().map(RelatedPassage::score).toList();
            assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores);
        }
        assertEquals(related, byParagraph(new RelatedPassages(400, 0.1).find(parts, List.of("a", "b", "c"))), "deterministic");
    }

    @Test
    void theThresholdHidesWeakMatches() {
        List<List<Passage>> parts = List.of(
                report("a", "Sanctions, banks, oligarchs, Crimea, pipelines, gas, Europe, Germany."),
                report("b", "Sanctions and tulips, roses, gardens, spring, rain, sun, soil."),
                report("c", "Nothing at all in common here."));
        assertEquals(Map.of("a#p1", List.of("b#p1"), "b#p1", List.of("a#p1")),
                byParagraph(new RelatedPassages(400, 0.01).find(parts, List.of("a", "b", "c"))));
        assertEquals(Map.of(), byParagraph(new RelatedPassages(400, 0.3).find(parts, List.of("a", "b", "c"))));
    }

    @Test
    void onlyPairsSharingATermAreScored() {
        // 2 × 300 paragraphs of words of their own; one paragraph of each report shares one word with the other.
        List<Passage> a = new ArrayList<>();
        List<Passage> b = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            a.add(new Passage(new ParagraphRef("a", "p" + (i + 1), i + 1), "", "alpha" + word(i) + " beta" + word(i)));
            b.add(new Passage(new ParagraphRef("b", "p" + (i + 1), i + 1), "", "gamma" + word(i) + " delta" + word(i)));
        }
        a.set(7, new Passage(a.get(7).ref(), "", "alphashared betashared commonword"));
        b.set(9, new Passage(b.get(9).ref(), "", "gammashared deltashared commonword"));
        RelatedPassages.Result result = new RelatedPassages().find(List.of(a, b), List.of("a", "b"));
        assertEquals(2, result.stats().pairsScored(), "pairs scored (the 90 000 pairs of an all-pairs loop)");
        assertEquals(4, result.stats().postingsVisited(), "each of the two walks the word's two postings, its own included");
        assertEquals(List.of("a#p8", "b#p10"), byParagraph(result).keySet().stream().toList());
    }

    @Test
    void championListsBoundTheWorkPerTerm() {
        // Half the paragraphs of four reports share the word "treaty": 200 × 200 postings walked, unless capped.
        List<List<Passage>> parts = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            List<Passage> part = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                part.add(new Passage(new ParagraphRef("r" + r, "p" + (i + 1), i + 1), "",
                        (i % 2 == 0 ? "treaty " : "") + "word" + word(r * 100 + i)));
            }
            parts.add(part);
        }
        List<String> ids = List.of("r0", "r1", "r2", "r3");
        RelatedPassages.Stats capped = new RelatedPassages(10, 0).find(parts, ids).stats();
        RelatedPassages.Stats full = new RelatedPassages(1000, 0).find(parts, ids).stats();
        assertEquals(200L * 10, capped.postingsVisited());
        assertEquals(200L * 200, full.postingsVisited());
    }

    /** A letter-only word for a number (Words drops digits' words only at their start; letters keep terms apart). */
    private static String word(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
