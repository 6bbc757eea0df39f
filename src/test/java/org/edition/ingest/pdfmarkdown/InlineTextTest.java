package org.edition.ingest.pdfmarkdown;

import java.util.List;
import java.util.Set;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.notes.NoteSequence;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inline text: references, superscripts kept, lost link targets, HTML escaped, autolinks. */
class InlineTextTest {
    private final ImportLog log = new ImportLog("test.md");
    private final InlineText inline = new InlineText(log);

    private String body(String text, Integer... noteTexts) {
        return inline.body(SourceBlock.paragraph(text, 7), text, 0, NoteSequence.ofNumbers(Set.of(noteTexts)));
    }

    private String note(String text) {
        return inline.note(SourceBlock.paragraph(text, 7), text, 0);
    }

    /** Every match the expression finds trying every character, in order, and no other: what {@link InlineText#next} must find. */
    @Test
    void findsTheMatchesOfTheExpressionTriedAtEveryCharacter() {
        String[] pieces = {"`code`", "``", "`", "<sup>12</sup>", "<sup class=\"n\">3, 4</sup>", "<SUP>5</SUP>", "¹²", "⁴˒⁵", "⁰",
            "![image](x.png)", "[text](http://a.b/c)", "[a [b] c](#fn1 \"t\")", "\\[12\\]", "[7]", "[8](", "<http://x.y>", "<a@b.cd>",
            "<!-- c -->", "<br/>", "<b>", "</i", "http://x.org/a.", "Https://y.z/(q)", "HTTP://W", "xhttp://no", "/http://no", "h", "H",
            "a", "é", " ", "\n", "!", "[", "]", "\\", "<", ">", "(", ")", "12", "—", "’", "\uD83D\uDE00"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            java.util.regex.Matcher everywhere = InlineText.inline(t);
            List<String> expected = new java.util.ArrayList<>();
            while (everywhere.find()) {
                expected.add(everywhere.start() + "-" + everywhere.end() + " " + everywhere.group());
            }
            java.util.regex.Matcher opened = InlineText.inline(t);
            List<String> found = new java.util.ArrayList<>();
            for (int from = 0; InlineText.next(opened, t, from); from = opened.end()) {
                found.add(opened.start() + "-" + opened.end() + " " + opened.group());
            }
            assertEquals(expected, found, t);
        }
    }

    @Test
    void numericSuperscriptsInTheSequenceBecomeReferencesInPlace() {
        assertEquals("a “strategic competitor”[^1] for the US, statements,[^2] and more",
                body("a “strategic competitor”<sup>1</sup> for the US, statements,<sup>2</sup> and more", 1, 2));
        assertTrue(log.interventions().isEmpty());
    }

    @Test
    void ordinalsAreKeptAsSuperscriptsAndNeverReferences() {
        assertEquals("February 4<sup>th</sup>, 2020, the 21<sup>st</sup> century[^1]",
                body("February 4<sup>th</sup>, 2020, the 21<sup>st</sup> century<sup>1</sup>", 1));
        assertEquals(List.of("4<sup>th</sup>", "21<sup>st</sup>"), details(Kind.SUPERSCRIPT_KEPT));
    }

    @Test
    void powersAndUnitsAreKeptAsSuperscripts() {
        assertEquals("about 10<sup>6</sup> readings over 12 km<sup>2</sup>[^1]",
                body("about 10<sup>6</sup> readings over 12 km<sup>2</sup><sup>1</sup>", 1));
        assertEquals(2, log.count(Kind.SUPERSCRIPT_KEPT));
    }

    @Test
    void severalNumbersInOneSuperscriptAreSeveralReferencesWithTheirSeparators() {
        assertEquals("two sources,[^1],[^2] then three[^3]–[^5]",
                body("two sources,<sup>1,2</sup> then three<sup>3–5</sup>", 1, 2, 3, 4, 5));
    }

    @Test
    void superscriptsLinkedToNoteAnchorsAreReferences() {
        assertEquals("dropped.[^1] Then[^2] and[^3]",
                body("dropped.<sup>[1](#fn1)</sup> Then[<sup>2</sup>](#fn2) and[3](#footnote-3)", 1, 2, 3));
    }

    @Test
    void aLinkWhoseTargetWasLostBecomesItsText() {
        assertEquals("Sam Charap, \"Beyond the Russian Reset,\" *Russian Matters*",
                note("Sam Charap, \"[Beyond the Russian Reset](#),\" *Russian Matters*"));
        assertEquals(List.of("Beyond the Russian Reset"), details(Kind.LINK_TARGET_LOST));
        assertEquals(7, log.interventions().get(0).line());
    }

    @Test
    void realLinksAndAutolinksStay() {
        String text = "Contact: [a@b.org](mailto:a@b.org); see [the page](https://example.org/x) or <https://example.org/y>";
        assertEquals(text, body(text));
        assertTrue(log.interventions().isEmpty());
    }

    @Test
    void rawHtmlIsEscapedExceptTheSafeTags() {
        assertEquals("a \\<span class=\"u\">unit\\</span>, H<sub>2</sub>O, one<br>two, \\<!-- a comment -->",
                body("a <span class=\"u\">unit</span>, H<sub>2</sub>O, one<br>two, <!-- a comment -->"));
        assertEquals(3, log.count(Kind.HTML_ESCAPED));
    }

    @Test
    void aCommentThatLooksLikeAnEditionMarkerIsEscapedToo() {
        assertEquals("\\<!-- edition:page 4 -->", body("<!-- edition:page 4 -->"));
    }

    @Test
    void bareUrlsBecomeAutolinksWithoutTheirClosingPunctuation() {
        assertEquals("at <https://example.org/a_b/c.pdf>, then", body("at https://example.org/a_b/c.pdf, then"));
    }

    @Test
    void backLinksOfHtmlFootnotesAreRemovedFromNotes() {
        assertEquals("Budget Monitor, table 3.", note("Budget Monitor, table 3. [↩](#fnref1)"));
        assertEquals(1, log.count(Kind.OTHER));
    }

    @Test
    void candidatesForReferencesLeaveOutPowersAndOrdinals() {
        assertEquals(List.of(1, 12, 13), InlineText.candidateReferences(
                "x<sup>1</sup> 10<sup>6</sup> 4<sup>th</sup> y<sup>12, 13</sup>"));
    }

    private List<String> details(Kind kind) {
        return log.interventions().stream().filter(i -> i.kind() == kind).map(Intervention::detail).toList();
    }
}
