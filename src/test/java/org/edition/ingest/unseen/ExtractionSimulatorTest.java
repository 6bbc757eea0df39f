package org.edition.ingest.unseen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.ingest.unseen.ExtractionSimulator.Layout;
import org.edition.ingest.unseen.PageComposer.Line;
import org.edition.ingest.unseen.PageComposer.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the simulated extractions are fair (no author word lost, every note number glued
 * where it belongs) and as hard as claimed (each layout's traits, broken compounds and URLs,
 * footnotes continued on the next page).
 */
class ExtractionSimulatorTest {

    static Stream<TruthDocument> documents() {
        return UnseenCorpus.documents().stream();
    }

    @Test
    void lineBreakingLosesNothingAndKeepsToTheWidth() {
        for (TruthDocument doc : UnseenCorpus.documents()) {
            List<String> texts = new ArrayList<>(doc.notes().values());
            doc.blocks().stream().filter(b -> b instanceof TruthDocument.Paragraph)
                    .forEach(b -> texts.add(((TruthDocument.Paragraph) b).text()));
            for (int width : new int[] {24, 50, 62, 72, 78, 88, 90}) {
                for (boolean hyphenate : new boolean[] {false, true}) {
                    for (String text : texts) {
                        List<Line> lines = new LineBreaker(width, hyphenate).wrap(text);
                        assertUnwraps(text, lines, width);
                        assertEquals(TruthDocument.referencesIn(text),
                                lines.stream().flatMap(l -> l.notes().stream()).toList(), text);
                    }
                }
            }
        }
    }

    @Test
    void pagesKeepEveryLineAndEveryNoteInOrder() {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<Line> stream = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            List<String> labels = i % 6 == 0 ? List.of(String.valueOf(i / 6)) : List.of();
            labels.forEach(label -> notes.put(label, Stream.iterate(0, k -> k + 1).limit(1 + Integer.parseInt(label) % 7)
                    .map(k -> "note " + label + " line " + k).toList()));
            stream.add(Line.text("body " + i, labels));
            if (i % 10 == 0) {
                stream.add(Line.blank());
            }
        }
        List<Page> pages = new PageComposer(30, 35, notes).compose(stream);
        assertAll(() -> assertEquals(stream.stream().filter(l -> l.kind() == PageComposer.Kind.TEXT).map(l -> l.lines().get(0)).toList(),
                        pages.stream().flatMap(p -> p.body().stream()).filter(s -> !s.isEmpty()).toList()),
                () -> assertEquals(notes.values().stream().flatMap(List::stream).toList(),
                        pages.stream().flatMap(p -> p.footnotes().stream()).toList()),
                () -> assertTrue(pages.stream().allMatch(p -> p.body().size() + p.footnotes().size() <= 30)),
                () -> assertTrue(pages.stream().anyMatch(Page::footnoteContinues), "a note continues on the next page"));
        for (Page page : pages) {
            for (String line : page.footnotes().stream().filter(l -> l.endsWith(" line 0")).toList()) {
                String label = line.split(" ")[1];
                int cited = pages.stream().filter(p -> p.body().contains("body " + Integer.parseInt(label) * 6))
                        .findFirst().orElseThrow().number();
                assertEquals(cited, page.number(), line + ": a note starts on the page that cites it");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyLayoutGluesEveryNoteNumberToItsWord(TruthDocument doc) {
        for (Layout layout : Layout.values()) {
            TruthDocument truth = UnseenCorpus.truthFor(doc, layout);
            String text = ExtractionSimulator.render(truth, layout);
            assertEquals(text, ExtractionSimulator.render(truth, layout), "deterministic");
            assertFalse(text.contains("[^"), layout + ": no reference left in Markdown form");
            String flat = String.join(" ", Similarity.tokens(text));
            for (String token : bodyTokensWithReferences(truth)) {
                String glued = TruthDocument.REFERENCE.matcher(token).replaceAll("$1");
                String before = token.substring(0, token.indexOf("[^"));
                String tail = before.substring(Math.max(0, before.length() - 2)) + glued.substring(before.length());
                assertTrue(Pattern.compile(Pattern.quote(tail) + "(?!\\d)").matcher(flat).find(),
                        layout + ": " + glued + " glued");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pdftotextHasFormFeedsRunningHeadsPageNumbersAndContinuedFootnotes(TruthDocument doc) {
        TruthDocument truth = doc.withoutFloats();
        String text = ExtractionSimulator.render(truth, Layout.PDFTOTEXT);
        List<Page> pages = ExtractionSimulator.pages(truth, Layout.PDFTOTEXT);
        String[] pageTexts = text.split("\f");
        assertAll(() -> assertEquals(pages.size(), pageTexts.length, "a form feed after every page"),
                () -> assertTrue(pageTexts[1].startsWith(doc.title() + "\n\n")),
                () -> assertTrue(pageTexts[2].startsWith(doc.series() + "\n\n")),
                () -> assertTrue(pageTexts[pages.size() - 1].endsWith("\n\nPage " + pages.size() + "\n")),
                () -> assertTrue(pages.stream().anyMatch(Page::footnoteContinues), "a note continues at the next page's foot"),
                () -> assertTrue(text.contains("\n\n1 " + truth.notes().get("1").substring(0, 10)), "footnote 1 at a page foot"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pdfboxPutsHeaderAndFooterFirstAndHasNoFormFeedsOrBlankLines(TruthDocument doc) {
        TruthDocument truth = doc.withoutFloats();
        List<String> lines = List.of(ExtractionSimulator.render(truth, Layout.PDFBOX).split("\n"));
        int pages = ExtractionSimulator.pages(truth, Layout.PDFBOX).size();
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(doc.title())) {
                heads.add(i);
                assertEquals(doc.series() + " | " + heads.size(), lines.get(i + 1));
            }
        }
        assertAll(() -> assertEquals(pages, heads.size()),
                () -> assertFalse(lines.stream().anyMatch(l -> l.isEmpty() || l.contains("\f"))),
                () -> assertTrue(lines.contains("Notes") && lines.stream().anyMatch(l -> l.startsWith("12. "))),
                () -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("• "))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pdfminerKeepsTrailingSpacesBlankLinesLoneBulletsAndIndentsPageStarts(TruthDocument doc) {
        TruthDocument truth = doc.withoutFloats();
        String text = ExtractionSimulator.render(truth, Layout.PDFMINER);
        List<String> lines = List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
        long items = truth.blocks().stream().filter(b -> b instanceof TruthDocument.ListItem).count();
        int pages = ExtractionSimulator.pages(truth, Layout.PDFMINER).size();
        assertAll(() -> assertTrue(lines.stream().allMatch(l -> l.isEmpty() || l.endsWith(" "))),
                () -> assertEquals(items, lines.stream().filter(l -> l.strip().equals("•")).count()),
                () -> assertTrue(lines.stream().anyMatch(l -> l.strip().equals("ENDNOTES"))),
                () -> assertEquals(pages, lines.stream().filter(l -> l.startsWith(" ")).count(), "one indented start per page"),
                () -> assertEquals(pages, lines.stream().filter(l -> l.matches("\\d+ \\| " + Pattern.quote(doc.title()) + " ")).count()));
        for (int i = 0; i + 1 < lines.size(); i++) {
            boolean pageEnds = lines.get(i + 1).startsWith(" ");
            assertEquals(pageEnds, !lines.get(i).isEmpty() && !lines.get(i + 1).isEmpty(), "line " + (i + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theMagazineLayoutSetsPullQuotesShortAndTheSidebarInsideAParagraph(TruthDocument doc) {
        String text = ExtractionSimulator.render(doc, Layout.PULLQUOTES);
        List<Page> pages = ExtractionSimulator.pages(doc, Layout.PULLQUOTES);
        String flat = String.join(" ", Similarity.tokens(text));
        List<TruthDocument.Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TruthDocument.PullQuote q) {
                List<String> set = new LineBreaker(24, false).wrap(q.text()).stream().map(l -> l.lines().get(0)).toList();
                assertTrue(text.contains(String.join("\n", set)), "pull quote set in short lines: " + q.text());
            } else if (blocks.get(i) instanceof TruthDocument.Sidebar s) {
                List<String> words = Similarity.tokens(TruthDocument.REFERENCE.matcher(
                        ((TruthDocument.Paragraph) blocks.get(i + 1)).text()).replaceAll("$1"));
                int title = flat.indexOf(s.title());
                assertTrue(flat.indexOf(String.join(" ", words.subList(0, 5))) < title, "paragraph starts before the box");
                assertTrue(flat.indexOf(String.join(" ", words.subList(words.size() - 5, words.size()))) > title,
                        "paragraph ends after the box");
            }
        }
        assertTrue(pages.stream().anyMatch(p -> !p.floats().isEmpty()), "a pull quote at a page foot");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void lineEndsBreakCompoundsUrlsAndOrdinaryWords(TruthDocument doc) {
        Set<String> vocabulary = new HashSet<>();
        doc.blocks().stream().map(ExtractionSimulatorTest::textOf).forEach(t -> vocabulary.addAll(Similarity.tokens(
                TruthDocument.REFERENCE.matcher(t).replaceAll("$1"))));
        doc.notes().values().forEach(t -> vocabulary.addAll(Similarity.tokens(t)));
        int compounds = 0;
        int hyphenated = 0;
        int urls = 0;
        for (Layout layout : Layout.values()) {
            List<String> lines = Stream.of(ExtractionSimulator.render(UnseenCorpus.truthFor(doc, layout), layout)
                    .split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                List<String> here = Similarity.tokens(lines.get(i));
                String last = here.get(here.size() - 1);
                String next = Similarity.tokens(lines.get(i + 1)).get(0);
                if (last.startsWith("http")) {
                    urls += vocabulary.stream().anyMatch(v -> v.startsWith(last + next)) ? 1 : 0;
                } else if (last.endsWith("-") && vocabulary.contains(last + next)) {
                    compounds++;
                } else if (last.endsWith("-") && vocabulary.contains(last.substring(0, last.length() - 1) + next)) {
                    hyphenated++;
                }
            }
        }
        int[] counts = {compounds, hyphenated, urls};
        assertTrue(counts[0] >= 2 && counts[1] >= 10 && counts[2] >= 5,
                "compounds, hyphenated words and URLs broken at line ends: " + List.of(compounds, hyphenated, urls));
    }

    private static String textOf(TruthDocument.Block block) {
        if (block instanceof TruthDocument.Heading h) {
            return h.text();
        } else if (block instanceof TruthDocument.Paragraph p) {
            return p.text();
        } else if (block instanceof TruthDocument.ListItem item) {
            return item.text();
        }
        return "";
    }

    private static List<String> bodyTokensWithReferences(TruthDocument doc) {
        return doc.blocks().stream().map(ExtractionSimulatorTest::textOf).flatMap(t -> Similarity.tokens(t).stream())
                .filter(t -> t.contains("[^")).toList();
    }

    /** Asserts that the lines give back the text, each line break being a space, a word's own hyphen or an added hyphen. */
    private static void assertUnwraps(String text, List<Line> lines, int width) {
        String glued = String.join(" ", Similarity.tokens(TruthDocument.REFERENCE.matcher(text).replaceAll("$1")));
        int at = 0;
        for (Line line : lines) {
            String set = line.lines().get(0);
            assertTrue(set.length() <= width || !set.contains(" "), "too long for " + width + ": " + set);
            if (glued.startsWith(set, at)) {
                at += set.length();
            } else if (set.endsWith("-") && glued.startsWith(set.substring(0, set.length() - 1), at)) {
                at += set.length() - 1;
            } else {
                throw new AssertionError("line '" + set + "' does not continue '" + glued.substring(0, at) + "'");
            }
            at += at < glued.length() && glued.charAt(at) == ' ' ? 1 : 0;
        }
        assertEquals(glued.length(), at, "all of the text set");
    }
}
