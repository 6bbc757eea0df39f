package org.edition.ingest.unseen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scorer's own tests: the truth scores 100%, an equivalent spelling of it too, and outputs
 * damaged in the ways importers fail score below the issue's thresholds on the measure concerned.
 */
class UnseenScorerTest {

    static Stream<TruthDocument> documents() {
        return UnseenCorpus.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theTruthItselfScoresFull(TruthDocument doc) {
        for (TruthDocument truth : List.of(doc, doc.withoutFloats())) {
            Score score = UnseenScorer.score(truth, truth.toEditionMarkdown());
            assertAll(truth.name(),
                    () -> assertEquals(truth.notes().size(), score.references().of(), "one reference per note"),
                    () -> assertFull(score.references(), "references"),
                    () -> assertEquals(0, score.falseReferences(), "false references"),
                    () -> assertFull(score.notes(), "notes"),
                    () -> assertFull(score.headings(), "headings"),
                    () -> assertFull(score.headingLevels(), "heading levels"),
                    () -> assertEquals(0, score.falseHeadings(), "false headings"),
                    () -> assertFull(score.wordRecall(), "word recall"),
                    () -> assertFull(score.wordPrecision(), "word precision"),
                    () -> assertFull(score.breakRecall(), "break recall"),
                    () -> assertFull(score.breakPrecision(), "break precision"),
                    () -> assertFull(score.pullQuotes(), "pull quotes"),
                    () -> assertFull(score.sidebars(), "sidebars"),
                    () -> assertEquals(List.of(), score.missedThresholds()));
        }
    }

    @Test
    void theCorpusIsAsLargeAsTheIssueAsks() {
        for (TruthDocument doc : UnseenCorpus.documents()) {
            ScoredText truth = ScoredText.of(doc);
            int words = truth.bodyTokens().size() + doc.notes().values().stream().mapToInt(n -> Similarity.tokens(n).size()).sum();
            assertAll(doc.name(),
                    () -> assertTrue(doc.notes().size() >= 20 && doc.notes().size() <= 45, "20–45 notes: " + doc.notes().size()),
                    () -> assertTrue(words >= 1500 && words <= 2600, "about 1,500–2,500 words: " + words),
                    () -> assertEquals(List.copyOf(doc.notes().keySet()),
                            truth.references().stream().map(ScoredText.Reference::label).toList(),
                            "every note cited once, in order"),
                    () -> assertTrue(doc.notes().values().stream().filter(n -> n.contains("https://")).count() >= 5,
                            "notes with URLs"),
                    () -> assertTrue(truth.pullQuotes().size() >= 2 && truth.sidebars().size() == 1, "pull quotes and a sidebar"));
        }
    }

    @Test
    void escapesAutolinksIndentedNotesAndPageMarkersAreNoDifference() {
        TruthDocument truth = TruthDocument.parse("sample", """
                # A Title
                ## 1. INTRODUCTION[^1]
                A paragraph on [sic] rates of 5*2 with “a quote”.[^2] And 1,550 warheads.
                - an item (see Table 1).[^3]
                [^1]: First note, https://example.org/a-long/path-with-hyphens/.
                [^2]: Second note that runs over two lines.
                [^3]: Third note.
                """);
        String markdown = """
                <!-- edition:page 1 -->
                # 1. INTRODUCTION[^1] #

                A paragraph on \\[sic\\] rates of 5\\*2 with “a quote”.[^2] And <!-- edition:page 2 -->1,550
                warheads.

                * an item (see Table 1).[^3]

                [^1]: First note, <https://example.org/a-long/path-with-hyphens/>.
                [^2]: Second note that runs
                    over two lines.

                [^3]: Third note. <!-- edition:note-breaks-off -->
                """;
        Score score = UnseenScorer.score(truth, markdown);
        assertAll(() -> assertFull(score.references(), "references"),
                () -> assertEquals(0, score.falseReferences()),
                () -> assertFull(score.notes(), "notes"),
                () -> assertFull(score.headings(), "headings"),
                () -> assertEquals(new Score.Tally(0, 1), score.headingLevels(), "level 1 is not the truth's level 2"),
                () -> assertFull(score.wordRecall(), "recall"),
                () -> assertFull(score.wordPrecision(), "precision"),
                () -> assertFull(score.breakRecall(), "breaks"),
                () -> assertFull(score.breakPrecision(), "breaks"));
    }

    @Test
    void aReferenceCountsOnlyWithItsLabelAfterItsWord() {
        TruthDocument truth = TruthDocument.parse("sample", """
                # T
                It was “a loophole”.[^1] It rose in 2019.[^2] Arc7 ships (see Figure 2).[^3]
                [^1]: a
                [^2]: b
                [^3]: c
                """);
        Score right = UnseenScorer.score(truth, "It was “a loophole”[^1]. It rose in 2019[^2]. Arc7 ships (see Figure 2)[^3].\n");
        Score wrong = UnseenScorer.score(truth, "It was “a loophole”.[^2] It rose in[^2] 2019. Arc[^7] ships (see Figure 2).[^3]\n");
        assertAll(() -> assertEquals(new Score.Tally(3, 3), right.references()),
                () -> assertEquals(0, right.falseReferences()),
                () -> assertEquals(new Score.Tally(1, 3), wrong.references()),
                () -> assertEquals(3, wrong.falseReferences()));
    }

    @Test
    void aNoteNeedsItsTextNearlyWholeAndItsUrlsUnbroken() {
        String note = "R. Haugland, “Sanctions and the Arctic LNG Fleet”, Energy Security Review, 2 May 2023, "
                + "https://energy-security-review.example/articles/2023/05/sanctions-and-the-arctic-lng-fleet.";
        assertAll(() -> assertTrue(UnseenScorer.noteMatches(note, note.replace("Fleet”,", "Fleet” ,"))),
                () -> assertTrue(!UnseenScorer.noteMatches(note, note.replace("arctic-lng", "arctic- lng")),
                        "a URL broken by a space"),
                () -> assertTrue(!UnseenScorer.noteMatches(note, note.replace("arctic-lng", "arcticlng")),
                        "a URL that lost its hyphen"),
                () -> assertTrue(!UnseenScorer.noteMatches(note, note.substring(0, note.length() - 12))),
                () -> assertTrue(!UnseenScorer.noteMatches(note, note + " 15 Author’s calculation")));
    }

    @Test
    void similarityMeasuresAreTheTextbookOnes() {
        assertAll(() -> assertEquals(1 - 3.0 / 7, Similarity.characterSimilarity("kitten", "sitting"), 1e-9),
                () -> assertEquals(1.0, Similarity.characterSimilarity("", "")),
                () -> assertEquals(2.0 * 3 / 9, Similarity.tokenSimilarity(List.of("a", "b", "c", "d"),
                        List.of("a", "x", "c", "y", "d")), 1e-9),
                () -> assertEquals(List.of("trade", "longterm", "2022", "—"),
                        Stream.of("“trade.”", "long-term", "2022).", "—").map(Similarity::wordKey).toList()));
    }

    @Test
    void escapingRoundTripsEveryTruthText() {
        for (TruthDocument doc : UnseenCorpus.documents()) {
            Stream.concat(doc.notes().values().stream(), doc.blocks().stream()
                    .filter(b -> b instanceof TruthDocument.Paragraph).map(b -> ((TruthDocument.Paragraph) b).text()))
                    .forEach(text -> assertEquals(text, MarkdownEscapes.plain(MarkdownEscapes.escapeBlock(text)), doc.name()));
        }
    }

    // Damaged outputs: each must miss the threshold of what it damages.

    @Test
    void droppingOneReferenceInTenFailsTheReferenceThreshold() {
        Score total = damaged(markdown -> replaceReferences(markdown, m -> Integer.parseInt(m.group(1)) % 10 == 0 ? "" : m.group()));
        assertMissed(total, "note references recovered");
        assertTrue(total.references().ratio() < Score.MIN_REFERENCES && total.references().ratio() > 0.85);
    }

    @Test
    void referencesOneWordOffAreFalseReferences() {
        Score total = damaged(markdown -> markdown.replaceAll("(?m)^(?!\\[\\^)(.*?)(\\S+)\\[\\^(\\d+)\\](?!:)", "$1[^$3]$2"));
        assertMissed(total, "note references recovered");
        assertMissed(total, "false references");
    }

    @Test
    void numbersLeftGluedAsTextFailReferencesAndRecall() {
        Score total = damaged(markdown -> replaceReferences(markdown, m -> m.group(1)));
        assertMissed(total, "note references recovered");
        assertMissed(total, "body word recall");
        assertEquals(0, total.falseReferences());
    }

    @Test
    void runningHeadsLeftInParagraphsFailPrecisionOnly() {
        int[] n = {0};
        Score total = damaged(markdown -> Pattern.compile("(?m)^(?![#\\[<>-])(\\S+ \\S+ \\S+ \\S+ \\S+ \\S+)")
                .matcher(markdown).replaceAll(m -> n[0]++ % 2 == 0 ? m.group() + " Thin Ice, Open Water " + n[0] : m.group()));
        assertEquals(List.of("body word precision"), missedMeasures(total));
        assertEquals(1.0, total.wordRecall().ratio());
    }

    @Test
    void losingTheLastWordsOfParagraphsFailsRecall() {
        int[] n = {0};
        Score total = damaged(markdown -> Pattern.compile("(?m)^([A-Z][^\\n]*?)(\\S+ \\S+ \\S+ \\S+)$").matcher(markdown)
                .replaceAll(m -> n[0]++ % 3 == 0 ? Matcher.quoteReplacement(m.group(1)) : Matcher.quoteReplacement(m.group())));
        assertMissed(total, "body word recall");
    }

    @Test
    void brokenUrlsAndTruncatedNotesFailTheNoteThreshold() {
        Score urls = damaged(markdown -> markdown.replaceAll("(<https://[^>/]+/[^>-]*-)", "$1 "));
        Score cut = damaged(markdown -> Pattern.compile("(?m)^(\\[\\^\\d*[05]\\]: .{20})(.*)$").matcher(markdown)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1))));
        assertMissed(urls, "note texts recovered");
        assertMissed(cut, "note texts recovered");
    }

    @Test
    void headingsLeftAsParagraphsFailTheHeadingThreshold() {
        Score total = damaged(markdown -> markdown.replaceAll("(?m)^#{2,3} ", ""));
        assertEquals(List.of("headings recovered"), missedMeasures(total));
    }

    @Test
    void thePlaceholderImportFailsEverything() {
        Score total = Score.ZERO;
        for (TruthDocument doc : UnseenCorpus.documents()) {
            String raw = ExtractionSimulator.render(doc.withoutFloats(), ExtractionSimulator.Layout.PDFTOTEXT);
            total = total.plus(UnseenScorer.score(doc.withoutFloats(), raw));
        }
        assertEquals(List.of("note references recovered", "note texts recovered", "headings recovered",
                "body word recall", "body word precision"), missedMeasures(total));
    }

    /** The total score of every truth document's Markdown after a damage. */
    private static Score damaged(UnaryOperator<String> damage) {
        Score total = Score.ZERO;
        for (TruthDocument doc : UnseenCorpus.documents()) {
            total = total.plus(UnseenScorer.score(doc, damage.apply(doc.toEditionMarkdown())));
        }
        return total;
    }

    private static String replaceReferences(String markdown, Function<MatchResult, String> replacement) {
        return Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(markdown)
                .replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }

    private static List<String> missedMeasures(Score score) {
        Map<String, String> names = Map.of("note references", "note references recovered", "note texts", "note texts recovered",
                "headings", "headings recovered", "body word recall", "body word recall", "body word precision",
                "body word precision", "false references", "false references");
        return score.missedThresholds().stream()
                .map(s -> names.keySet().stream().filter(s::startsWith).map(names::get).findFirst().orElse(s)).toList();
    }

    private static void assertMissed(Score score, String measure) {
        assertTrue(missedMeasures(score).contains(measure), () -> measure + " should be missed: " + score.missedThresholds());
    }

    private static void assertFull(Score.Tally tally, String what) {
        assertEquals(tally.of(), tally.hits(), what + " " + tally);
    }
}
