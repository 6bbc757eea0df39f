package org.edition.ingest.pdfmarkdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.NoteCensus;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import of seed 004 (De Maio and Dreyfus, IRSEM 2020): the counts an editor checks first. */
class SeedDeMaioDreyfusTest {
    static Importers.Imported imported;

    @BeforeAll
    static void importSeed() throws IOException {
        Path path = Path.of("content/sources/de-maio-dreyfus-2020.md");
        SourceText source = SourceText.of(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        imported = Importers.standard().importSource(source, Optional.empty());
    }

    @Test
    void isSniffedAsPdfMarkdown() {
        assertEquals(SourceFormat.PDF_MARKDOWN, imported.report().format());
    }

    @Test
    void everyReferenceHasItsNoteAndEveryNoteItsReference() {
        NoteCensus census = imported.report().census();
        List<String> oneToFiftyThree = IntStream.rangeClosed(1, 53).mapToObj(String::valueOf).toList();
        assertEquals(53, census.distinctReferences());
        assertEquals(oneToFiftyThree, census.references());
        assertEquals(oneToFiftyThree, census.definitions());
        assertEquals(List.of(), census.withoutNote());
        assertEquals(List.of(), census.withoutReference());
        assertEquals(List.of(), census.outOfSequence());
    }

    @Test
    void everyParagraphCutByANoteBlockIsJoined() {
        assertEquals(7, imported.report().count(Kind.PARAGRAPH_JOINED_ACROSS_NOTES));
        String md = imported.text().markdown();
        for (String joined : List.of("returned to the presidency in <!-- edition:page 3 -->2012, the “reset” policy",
                "hold Russia <!-- edition:page 5 -->accountable for its human rights",
                "Trump prevented Congress from <!-- edition:page 7 -->passing legislation",
                "substitution to an <!-- edition:page 8 -->American diplomatic engagement",
                "Growing concerns <!-- edition:page 10 -->about Russian involvement in Libya",
                "a growing alarm <!-- edition:page 11 -->for the US administration",
                "policy suggestions this <!-- edition:page 13 -->group makes")) {
            assertTrue(md.contains(joined), joined);
        }
        assertTrue(imported.report().doubtful().isEmpty(), imported.report().toText());
    }

    @Test
    void ordinalsStaySuperscriptsAndLostLinksBecomeText() {
        String md = imported.text().markdown();
        assertTrue(md.contains("February 4<sup>th</sup>, 2020"));
        assertTrue(md.contains("the 21<sup>st</sup> century"));
        assertEquals(5, imported.report().count(Kind.SUPERSCRIPT_KEPT));
        assertFalse(md.contains("](#"));
        assertEquals(12, imported.report().count(Kind.LINK_TARGET_LOST));
        assertTrue(md.contains("[^7]: Sam Charap, \"Beyond the Russian Reset,\" *Russian Matters*, June 25, 2013."));
    }

    @Test
    void contentsAreDroppedAndCoverIsRead() {
        String md = imported.text().markdown();
        assertFalse(md.contains("....."));
        assertFalse(md.contains("CONTENT\n"));
        assertEquals(8, imported.report().count(Kind.CONTENTS_DROPPED));
        FoundMetadata found = imported.text().found();
        assertEquals("US-RUSSIA RELATIONS IN THE TRUMP ERA", found.title());
        assertEquals("DOMESTIC POLARIZATION AND FOREIGN POLICY", found.subtitle());
        assertEquals("November 19, 2020", found.date());
        assertEquals(List.of(new FoundMetadata.FoundAuthor("Giovanna DE MAIO", "Visiting Fellow at George Washington "
                + "University, Nonresident Fellow at the Brookings Institution"),
                new FoundMetadata.FoundAuthor("Emmanuel DREYFUS", "Research Fellow at IRSEM")), found.authors());
        assertEquals("INSTITUT DE RECHERCHE STRATÉGIQUE DE L'ÉCOLE MILITAIRE (IRSEM)", found.publisher());
        assertTrue(md.startsWith("## ABSTRACT\n\nDuring Donald Trump's presidency"));
    }

    @Test
    void backMatterIsKeptWithTheAuthorNotesUnderASuppliedHeading() {
        String md = imported.text().markdown();
        assertTrue(md.contains("## SELECTED BIBLIOGRAPHY\n\n- CHARAP Sam"));
        assertTrue(md.contains("<!-- edition:page 14 -->\n\n## About the authors <!-- edition:supplied -->\n\n"
                + "Giovanna De Maio is a visiting fellow"));
        assertEquals(2, imported.report().count(Kind.BACK_MATTER_KEPT));
    }
}
