package org.edition.link;

import java.util.List;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.body.ReportBody;
import org.edition.ingest.body.ReportReader;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.Report;
import org.edition.model.ReportMetadata;
import org.edition.model.SourceInfo;
import org.edition.model.TermOccurrence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryLinkingTest {
    static final MarkdownEngine ENGINE = new MarkdownEngine();

    static GlossaryEntry entry(String id, String term, boolean anyCase, String... aliases) {
        return new GlossaryEntry(id, term, "concept", List.of(aliases), "Definition of " + term + ".",
                "Definition of " + term + ".", List.of(), "", anyCase, "glossary.yaml:1");
    }

    static Report report(String markdown) {
        ReportBody body = new ReportReader(ENGINE).read(markdown);
        return new Report(new ReportMetadata("r", "R", "", List.of(), "", "", "", "", java.util.Optional.empty(), "", "en"),
                new SourceInfo("sources/r.md", "", "", 0), null, body.sections(), body.notes(), List.of());
    }

    static Glossary glossary(GlossaryEntry... entries) {
        return new Glossary(List.of(entries), List.of());
    }

    @Test
    void longestMatchWinsOnWordBoundaries() {
        TermMatcher m = new TermMatcher(glossary(entry("new-start", "New START", false), entry("start", "START", false),
                entry("nato", "NATO", false)));
        List<TermMatcher.Match> found = m.find("New START replaced START; NATO’s members, not NATOs or UNNATO, and the START-up.");
        assertEquals(List.of("new-start:New START", "start:START", "nato:NATO", "start:START"),
                found.stream().map(x -> x.entryId() + ":" + x.text()).toList());
    }

    @Test
    void acronymsMatchOnlyInTheirCaseUnlessTheEntrySaysOtherwise() {
        TermMatcher m = new TermMatcher(glossary(entry("nato", "NATO", false), entry("reset", "reset policy", true)));
        assertEquals(List.of("NATO", "Reset Policy"),
                m.find("NATO and nato; the Reset Policy.").stream().map(TermMatcher.Match::text).toList());
    }

    @Test
    void firstOccurrencePerSectionIsLinkedNeverInsideLinksCodeOrHeadingsAndEveryOccurrenceIsRecorded() {
        Report r = report("""
                ## NATO FIRST

                NATO met. NATO met again. See [NATO site](https://example.org) and `NATO`.

                Another NATO.

                ## SECOND

                Here NATO again.[^1]

                [^1]: A note on NATO.
                """);
        GlossaryLinker.Result result = new GlossaryLinker().link(List.of(r), glossary(entry("nato", "NATO", false)),
                GlossaryLinker.Policy.FIRST_IN_SECTION);
        Report linked = result.reports().get(0);
        Element p1 = Jsoup.parseBodyFragment(linked.paragraphs().get(0).html()).body();
        assertEquals(1, p1.select("a.term").size(), p1.html());
        assertEquals("NATO", p1.selectFirst("a.term").text());
        assertTrue(p1.select("a[href^=https] a.term, code a.term").isEmpty());
        assertTrue(Jsoup.parseBodyFragment(linked.paragraphs().get(1).html()).body().select("a.term").isEmpty(),
                "a second link in the same section");
        assertEquals(1, Jsoup.parseBodyFragment(linked.paragraphs().get(2).html()).body().select("a.term").size(),
                "no link in the next section");
        assertTrue(linked.sections().get(0).titleHtml().equals("NATO FIRST"), "heading was linked");
        assertEquals(1, Jsoup.parseBodyFragment(linked.notes().get(0).html()).body().select("a.term").size());
        List<TermOccurrence> occ = result.glossary().occurrences();
        assertEquals(7, occ.size(), occ.toString());
        assertEquals(List.of("p1", "p1", "p1", "p1", "p2", "p3", "note-1"), occ.stream().map(TermOccurrence::blockId).toList());
        assertEquals(3, occ.stream().filter(TermOccurrence::linked).count());
        assertEquals("NATO met. ", occ.get(1).before());
    }

    @Test
    void anotherTermIsNeverLinkedInsideATerm() {
        Report r = report("The New START treaty.\n");
        GlossaryLinker.Result result = new GlossaryLinker().link(List.of(r),
                glossary(entry("new-start", "New START", false), entry("start", "START", false)), GlossaryLinker.Policy.ALL);
        Element p = Jsoup.parseBodyFragment(result.reports().get(0).paragraphs().get(0).html()).body();
        assertEquals(List.of("new-start"), p.select("a.term").eachAttr("data-term"));
    }

    @Test
    void anEntryThatNeverOccursIsAWarningNamingItsLine() {
        Report r = report("Nothing here.\n");
        GlossaryLinker.Result result = new GlossaryLinker().link(List.of(r), glossary(entry("nato", "NATO", false)),
                GlossaryLinker.Policy.FIRST_IN_SECTION);
        assertEquals("glossary.yaml:1: warning: glossary entry 'nato' (NATO) occurs in no report",
                result.warnings().get(0).toString());
    }

    @Test
    void candidatesAreDefinedAcronymsFrequentAcronymsAndRecurringNames() {
        Report r = report("""
                The Countering America’s Adversaries Through Sanctions Act (CAATSA) passed. CAATSA bites.

                The OFAC acts. OFAC again. OFAC thrice. The White House spoke; the White House listened; the White House’s aide.

                NATO is known. NATO. NATO.
                """);
        List<GlossaryCandidates.Candidate> candidates = new GlossaryCandidates().find(List.of(r), glossary(entry("nato", "NATO", false)));
        List<String> terms = candidates.stream().map(GlossaryCandidates.Candidate::term).toList();
        assertTrue(terms.contains("Countering America’s Adversaries Through Sanctions Act (CAATSA)"), terms.toString());
        assertTrue(terms.contains("OFAC"), terms.toString());
        assertTrue(terms.contains("White House"), terms.toString());
        assertTrue(terms.stream().noneMatch(t -> t.contains("NATO")), terms.toString());
        assertTrue(terms.stream().noneMatch(t -> t.equals("CAATSA")), "a defined acronym listed twice: " + terms);
    }
}
