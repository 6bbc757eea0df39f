package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.compare.DateMention;
import org.edition.model.compare.TimelineRow;
import org.junit.jupiter.api.Test;

/** The timeline: mentions in date order, one row per event, publications on the line. */
class TimelineTest {
    static final Glossary GLOSSARY = new Glossary(List.of(new GlossaryEntry("caatsa", "CAATSA", "law",
            List.of("Countering America’s Adversaries Through Sanctions Act"), "", "", List.of(), "", false, "glossary.yaml:1")), List.of());

    private static String row(TimelineRow r) {
        if (r.isPublication()) {
            return r.when().label() + " published " + r.publication();
        }
        return r.when().label() + " " + r.mentions().stream().map(m -> m.paragraph().reportId() + m.paragraph().place()
                + (m.ahead() ? " ahead" : "")).toList();
    }

    @Test
    void mergesOneEventNamedByBothReportsAndKeepsOthersApart() {
        List<TimelineRow> rows = new Timeline().build(List.of(
                Reports.report("lo", "2017-10", """
                        In February 2007, Putin gave a notorious speech at the Munich Security Conference.

                        The relationship sank to its lowest point since the early 1980s. Congress passed CAATSA in July 2017.

                        Trump met Putin at the Hamburg G20 summit in July 2017. Renewing the treaty to 2026 would help.
                        """),
                Reports.report("dm", "2020-11-19", """
                        Relations reached their lowest point since the early 1980s, after four years of Trump.

                        The Countering America’s Adversaries Through Sanctions Act, adopted in July 2017, extended sanctions.

                        The renewal of New START is due by February 2021.
                        """)), GLOSSARY);
        assertEquals(List.of(
                "early 1980s [lo¶\u202f2, dm¶\u202f1]",
                "February 2007 [lo¶\u202f1]",
                "July 2017 [lo¶\u202f2, dm¶\u202f2]",
                "July 2017 [lo¶\u202f3]",
                "October 2017 published lo",
                "19 November 2020 published dm",
                "February 2021 [dm¶\u202f3 ahead]",
                "2026 [lo¶\u202f3 ahead]"), rows.stream().map(TimelineTest::row).toList());
        TimelineRow shared = rows.get(0);
        assertTrue(shared.shared());
        DateMention lo = shared.mentions().get(0);
        assertEquals("The relationship sank to its lowest point since the early 1980s.", lo.sentence());
        assertEquals("the early 1980s", lo.expression());
        assertEquals("since", lo.qualifier());
        assertEquals("The relationship sank to its lowest point since ", lo.before());
        assertEquals(".", lo.after());
        assertFalse(rows.get(3).shared(), "the Hamburg summit is another event of July 2017");
        assertEquals("by", rows.get(6).mentions().get(0).qualifier());
    }

    @Test
    void aYearAndAMonthOfItAreOneEventWhenTheWordsAgreeAndTheRowTakesTheMorePreciseDate() {
        List<TimelineRow> rows = new Timeline().build(List.of(
                Reports.report("a", "2017", "Trump won the 2016 US presidential election unexpectedly.\n"),
                Reports.report("b", "2020", "The US presidential election of November 2016 brought Trump to power.\n")),
                Glossary.EMPTY);
        assertEquals("November 2016 [a¶\u202f1, b¶\u202f1]", row(rows.get(0)));
    }

    @Test
    void theBackMatterIsNotATimeline() {
        List<TimelineRow> rows = new Timeline().build(List.of(
                Reports.report("a", "", "Text of 2015.\n\n## SELECTED BIBLIOGRAPHY\n\nSmith, *A book*, 2016.\n")), Glossary.EMPTY);
        assertEquals(List.of("2015 [a¶\u202f1]"), rows.stream().map(TimelineTest::row).toList());
    }
}
