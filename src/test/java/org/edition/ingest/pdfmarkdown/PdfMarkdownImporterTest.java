package org.edition.ingest.pdfmarkdown;

import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.ImportedText;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.NoteCensus;
import org.edition.ingest.pdfmarkdown.PdfMarkdownImporter;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer on small texts, one layout each: what the editor gets and what the report says. */
class PdfMarkdownImporterTest {
    private final ImportLog log = new ImportLog("t.md");

    private String read(String text) {
        return imported(text).markdown();
    }

    private ImportedText imported(String text) {
        return new PdfMarkdownImporter().read(SourceText.of("t.md", text), log);
    }

    @Test
    void aParagraphCutByANoteBlockAfterARuleIsJoinedWithThePageMarkerAtTheJoin() {
        String md = read("""
                ## One

                The council asked for a study in<sup>1</sup>

                ---

                1. Council minutes, 2019.

                the spring of 2019 and received it a year later.
                """);
        assertEquals("""
                ## One

                The council asked for a study in[^1] <!-- edition:page 2 -->the spring of 2019 and received it a year later.

                [^1]: Council minutes, 2019.
                """, md);
        assertEquals(1, log.count(Kind.PARAGRAPH_JOINED_ACROSS_NOTES));
        assertEquals(9, log.interventions().stream().filter(i -> i.kind() == Kind.PARAGRAPH_JOINED_ACROSS_NOTES)
                .findFirst().orElseThrow().line());
    }

    @Test
    void aNoteBlockWithoutARuleIsLiftedTooAndAFinishedParagraphIsNotJoined() {
        String md = read("""
                ## One

                The study came a year later.<sup>1</sup> It was short.<sup>2</sup>

                1. Council minutes, 2019.

                2. The study ran to twelve pages.

                The next page begins a new paragraph.
                """);
        assertEquals("""
                ## One

                The study came a year later.[^1] It was short.[^2]

                <!-- edition:page 2 -->

                The next page begins a new paragraph.

                [^1]: Council minutes, 2019.

                [^2]: The study ran to twelve pages.
                """, md);
        assertEquals(0, log.count(Kind.PARAGRAPH_JOINED_ACROSS_NOTES));
    }

    @Test
    void aNumberedListOfTheBodyStaysAList() {
        String md = read("""
                ## One

                The plan has one source.<sup>1</sup> It asks three things:

                1. Keep the ducts.
                2. Lease the fibre.
                3. Train the staff.

                ---

                1. Council minutes, 2019.
                """);
        assertTrue(md.contains("It asks three things:\n\n1. Keep the ducts.\n2. Lease the fibre.\n3. Train the staff.\n"), md);
        assertEquals(List.of("1"), NoteCensus.of(md).definitions());
        assertTrue(md.endsWith("[^1]: Council minutes, 2019.\n"));
    }

    @Test
    void aNoteThatRunsOnToTheNextPageIsJoinedToItsNote() {
        String md = read("""
                Text of the first page.<sup>1</sup>

                ---

                1. A long note that the page cuts in the

                Text of the second page.<sup>2</sup>

                ---

                middle of a sentence.

                2. A short note.
                """);
        assertTrue(md.contains("[^1]: A long note that the page cuts in the middle of a sentence.\n"), md);
        assertEquals(1, log.count(Kind.PARAGRAPH_JOINED_ACROSS_PAGES));
    }

    @Test
    void aLinkWhoseTargetWasLostIsPlainTextInNotesAndBody() {
        String md = read("See the [summary](#) here.<sup>1</sup>\n\n---\n\n1. Smith, “[A title](#),” 2020.\n");
        assertFalse(md.contains("](#"));
        assertTrue(md.contains("See the summary here.[^1]"));
        assertTrue(md.contains("[^1]: Smith, “A title,” 2020."));
        assertEquals(2, log.count(Kind.LINK_TARGET_LOST));
    }

    @Test
    void bracketedNumbersAreReferencesWhereTheNotesSectionHasTheirNotes() {
        String md = read("## Summary\n\nThe council measured the grain reserves again this year.[1] Traders moved their"
                + " stocks when prices rose.\\[2\\] The survey of [2019] and the list [7] stay.\n\n## Notes\n\n"
                + "[1] The grain survey of 2019.\n\n[2] The traders' own figures.\n");
        assertTrue(md.contains("again this year.[^1] Traders"), md);
        assertTrue(md.contains("prices rose.[^2] The survey of [2019] and the list [7] stay."), md);
        assertTrue(md.contains("[^2]: The traders' own figures."), md);
    }

    @Test
    void superscriptDigitsAreNoteMarksAndPowersKeepTheirCharacters() {
        String md = read("The zone covers 12 km² of the town.¹ The readings rose by a third in the spring.²\n\n---\n\n"
                + "¹ The council's map of the zone.\n² The sensors' yearly report.\n");
        assertTrue(md.contains("12 km² of the town.[^1] The readings"), md);
        assertTrue(md.contains("in the spring.[^2]"), md);
        assertTrue(md.contains("[^1]: The council's map of the zone."), md);
        assertTrue(md.contains("[^2]: The sensors' yearly report."), md);
    }

    @Test
    void converterMarkdownWithBracketsOrSuperscriptCharactersIsSniffedAsSuch() {
        assertTrue(FormatSniffer.sniff("# T\n\nText.[1]\n\n## Notes\n\n[1] A note.\n") > 60, "above plain Markdown's headings");
        assertTrue(FormatSniffer.sniff("# T\n\nText.¹ More text.² And more.³\n\n¹ A note.\n") > 60);
        assertTrue(FormatSniffer.sniff("# T\n\nThe zone covers 12 km² of the town.\n") <= 30, "a power is no note mark");
    }

    @Test
    void withoutReferencesTheNotesAreKeptAndNoneIsInvented() {
        String md = read("A page of text without references that ends\n\n---\n\n1. A note.\n\n2. Another.\n\nhere.\n");
        NoteCensus census = NoteCensus.of(md);
        assertEquals(List.of(), census.references());
        assertEquals(List.of("1", "2"), census.definitions());
        assertTrue(md.startsWith("A page of text without references that ends <!-- edition:page 2 -->here.\n"));
        assertTrue(log.diagnostics().stream().map(Diagnostic::message).anyMatch(m -> m.contains("no note references")));
    }

    @Test
    void aContentsListIsDroppedAndAnchorsThePageNumbers() {
        String md = read("""
                ### CONTENTS

                Introduction .....	5
                Method .....	6

                ## INTRODUCTION

                The first page of the body ends in<sup>1</sup>

                ---

                1. A note.

                the middle.

                ## METHOD

                Text.
                """);
        assertFalse(md.contains("....."));
        assertFalse(md.contains("CONTENTS"));
        assertTrue(md.contains("ends in[^1] <!-- edition:page 6 -->the middle."), md);
        assertEquals(3, log.count(Kind.CONTENTS_DROPPED));
    }

    @Test
    void withoutContentsThePagesAreCountedFromOneAsAGuess() {
        String md = read("Text.<sup>1</sup>\n\n---\n\n1. A note.\n\nMore text.\n");
        assertTrue(md.contains("<!-- edition:page 2 -->\n\nMore text."));
        assertTrue(log.interventions().stream().anyMatch(i -> i.doubtful() && i.detail().startsWith("pages numbered from 1")));
    }

    @Test
    void headingLevelsAreNormalisedToTopLevelSectionsAtTwo() {
        String md = read("### Abstract\n\nShort.\n\n# Part one\n\nText.\n\n### A sub-section\n\nText.\n\n# Part two\n\nText.\n");
        assertEquals("## Abstract\n\nShort.\n\n## Part one\n\nText.\n\n### A sub-section\n\nText.\n\n## Part two\n\nText.\n", md);
    }

    @Test
    void theCoverIsReadIntoMetadataAndRemovedFromTheBody() {
        ImportedText text = imported("""
                # CPRC

                COASTAL POLICY RESEARCH CENTRE

                12 March 2023

                ## Paying for the Sea Wall: Financing Adaptation

                **Marta Olsen**

                *Senior Researcher*

                ## Introduction

                Body.
                """);
        assertEquals("## Introduction\n\nBody.\n", text.markdown());
        assertEquals("Paying for the Sea Wall", text.found().title());
        assertEquals("Financing Adaptation", text.found().subtitle());
        assertEquals("COASTAL POLICY RESEARCH CENTRE (CPRC)", text.found().publisher());
        assertEquals("12 March 2023", text.found().date());
        assertEquals("Marta Olsen", text.found().authors().get(0).name());
        assertEquals("Senior Researcher", text.found().authors().get(0).affiliation());
        assertEquals(6, log.count(Kind.FRONT_MATTER_READ));
    }

    @Test
    void authorNotesAtTheEndGetASuppliedHeadingUnlessTheyHaveOne() {
        String end = "Last words.<sup>1</sup>\n\n---\n\n1. A note.\n\n";
        String md = read(end + "Jane Roe is a senior fellow at the Institute, where she works on energy.\n");
        assertTrue(md.contains("<!-- edition:page 2 -->\n\n## About the authors <!-- edition:supplied -->\n\nJane Roe is"), md);
        ImportLog other = new ImportLog("u.md");
        String kept = new PdfMarkdownImporter().read(SourceText.of("u.md", end
                + "## About the author\n\nJane Roe is a senior fellow at the Institute.\n"), other).markdown();
        assertFalse(kept.contains("edition:supplied"));
        assertEquals(1, other.count(Kind.BACK_MATTER_KEPT));
    }

    @Test
    void aGapMarkedInTheSourceIsKeptAndWarned() {
        String md = read("Text before.\n\n< truncated lines 93-94 >\n\nText after.\n");
        assertTrue(md.contains("< truncated lines 93-94 >"));
        assertTrue(log.diagnostics().stream().anyMatch(d -> d.line() == 3 && d.message().contains("gap")));
    }

    @Test
    void aSourceThatEndsInsideANoteIsMarked() {
        String md = read("Text.<sup>1</sup>\n\n---\n\n1. A note that the source cuts off in the\n");
        assertTrue(md.endsWith("[^1]: A note that the source cuts off in the <!-- edition:note-breaks-off -->\n"), md);
        assertEquals(List.of("1"), NoteCensus.of(md).brokenOff());
    }

    @Test
    void aTableWithNumbersInItsFirstColumnStaysATable() {
        String table = "| 1 | Oslo | 700 |\n| 2 | Bergen | 290 |";
        String md = read("Cities by size.<sup>1</sup>\n\n| Rank | City | Pop. |\n| --- | --- | --- |\n" + table
                + "\n\n---\n\n1. Census 2020.\n");
        assertTrue(md.contains("| --- | --- | --- |\n" + table + "\n"), md);
        assertEquals(List.of("1"), NoteCensus.of(md).definitions());
    }

    @Test
    void everyInterventionHasALineOfTheSource() {
        read("# T\n\n## Intro\n\nText in<sup>1</sup>\n\n---\n\n1. [A](#).\n\nthe end.\n");
        assertTrue(log.interventions().stream().mapToInt(Intervention::line).allMatch(l -> l >= 1 && l <= 11));
    }

    @Test
    void runningHeadsAndPageNumbersAtPageEndsAreRemovedSoThatTheParagraphJoins() {
        String md = read("""
                First page text that runs on to<sup>1</sup>

                7

                ---

                1. A note.

                RIVER REPORT | SPRING 2024

                the second page, where it ends.<sup>2</sup>

                8

                ---

                2. Another note.

                RIVER REPORT | SPRING 2024

                Third page.<sup>3</sup>

                ---

                3. A third note.

                RIVER REPORT | SPRING 2024

                Fourth page.
                """);
        assertTrue(md.startsWith("First page text that runs on to[^1] <!-- edition:page 2 -->the second page, where it ends.[^2]\n"), md);
        assertFalse(md.contains("RIVER REPORT"));
        assertEquals(3, log.count(Kind.RUNNING_HEAD_REMOVED));
        assertEquals(2, log.count(Kind.PAGE_NUMBER_REMOVED));
    }

    @Test
    void aCaptionRepeatedInTheBodyIsNotARunningHead() {
        String md = read("Para one.\n\nSource: World Bank\n\nPara two.\n\nSource: World Bank\n\nPara three.\n\n"
                + "Source: World Bank\n");
        assertEquals(3, md.split("Source: World Bank", -1).length - 1);
        assertEquals(0, log.count(Kind.RUNNING_HEAD_REMOVED));
    }

    @Test
    void bulletItemsOfANotesSectionAreNumberedByTheirPlaceAsAGuess() {
        String md = read("# T\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n## Footnotes\n\n- The first source.\n- The second.\n");
        assertTrue(md.endsWith("[^1]: The first source.\n\n[^2]: The second.\n"), md);
        assertEquals(2, log.interventions().stream().filter(Intervention::doubtful).count());
    }

    @Test
    void notesNumberedAgainInEachChapterAreLabelledBySeries() {
        String md = read("""
                ## Chapter one

                Text.<sup>1</sup> More.<sup>2</sup>

                ### Notes

                1. Source A.

                2. Source B.

                ## Chapter two

                Again.<sup>1</sup>

                ### Notes

                1. Source C.
                """);
        assertEquals("""
                ## Chapter one

                Text.[^1] More.[^2]

                ## Chapter two

                Again.[^1-2]

                [^1]: Source A.

                [^2]: Source B.

                [^1-2]: Source C.
                """, md);
        NoteCensus census = NoteCensus.of(md);
        assertEquals(List.of(), census.withoutNote());
        assertEquals(List.of(), census.withoutReference());
    }

    @Test
    void aNotesSectionOpenedByAParagraphKeepsItsHeadingAndEndsNoPage() {
        String md = read("## One\n\nText.<sup>1</sup> More.<sup>2</sup>\n\n## Notes\n\nSources are in the order cited.\n\n"
                + "1. Source A.\n\n2. Source B.\n");
        assertEquals("## One\n\nText.[^1] More.[^2]\n\n## Notes\n\nSources are in the order cited.\n\n"
                + "[^1]: Source A.\n\n[^2]: Source B.\n", md);
        assertTrue(log.interventions().stream().noneMatch(Intervention::doubtful));
    }

    @Test
    void aWordBrokenAcrossThePageEndIsJoinedWithItsHyphenAsAGuess() {
        String md = read("A question of inter-\n\n---\n\n1. A note.\n\nnational law.\n");
        assertTrue(md.startsWith("A question of inter-<!-- edition:page 2 -->national law.\n"), md);
        assertEquals(1, log.count(Kind.HYPHEN_KEPT));
    }

    @Test
    void notesWrittenAsSuperscriptNumbersAtTheStartOfTheLineAreNotes() {
        String md = read("Text.<sup>1</sup> More.<sup>2</sup>\n\n<sup>1</sup>Source A.\n<sup>2</sup> Source B.\n\nNext page.\n");
        assertTrue(md.endsWith("[^1]: Source A.\n\n[^2]: Source B.\n"), md);
        assertTrue(md.contains("<!-- edition:page 2 -->\n\nNext page."), md);
    }
}
