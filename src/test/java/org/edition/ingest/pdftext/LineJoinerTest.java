package org.edition.ingest.pdftext;

import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LineJoinerTest {
    private final LineJoiner joiner = new LineJoiner(new HyphenResolver(Vocabulary.of("")));

    private String join(String before, String next) {
        TextRun run = TextRun.of(before, 1);
        joiner.append(run, next, 2, "", new ImportLog("t"));
        return run.text();
    }

    @Test
    void urlBrokenAtAHyphenKeepsTheHyphen() {
        assertEquals("https://www.rferl.org/a/trump-ukraine-russia.html.",
                join("https://www.rferl.org/a/trump-", "ukraine-russia.html."));
        assertEquals(Intervention.Kind.URL_REJOINED,
                joiner.decide("see https://example.org/a-", "b.html").kind());
    }

    @Test
    void urlBrokenAfterASlashLosesTheSpace() {
        assertEquals("2016, https://www.nytimes.com/2016/12/29/us/politics/spy.html.",
                join("2016, https://www.nytimes.com/2016/12/29/", "us/politics/spy.html."));
    }

    @Test
    void textAfterACompleteUrlIsJoinedWithASpace() {
        assertEquals("at https://example.org/report.html. Prior to the visit",
                join("at https://example.org/report.html.", "Prior to the visit"));
    }

    @Test
    void plainLinesJoinWithASpaceAndNothingIsRecorded() {
        assertEquals("the resignation of Press Secretary", join("the resignation of Press", "Secretary"));
        assertNull(joiner.decide("an em dash —", "and more").kind());
    }

    @Test
    void pageMarkerStandsAtTheJoinPoint() {
        TextRun run = TextRun.of("the resignation of Press", 1);
        joiner.append(run, "Secretary Sean Spicer", 2, "<!-- edition:page 3 -->", new ImportLog("t"));
        assertEquals("the resignation of Press <!-- edition:page 3 -->Secretary Sean Spicer", run.toMarkdown());
    }

    @Test
    void urlGoingOnWithAQueryOrAPathInCapitalsLosesTheSpace() {
        assertEquals("Services, https://eu-law-portal.example/legal-content/EN/TXT/?uri=CELEX:32022R2065&from=EN.",
                join("Services, https://eu-law-portal.example/legal-content/EN/TXT/", "?uri=CELEX:32022R2065&from=EN."));
        assertEquals("at https://eu-law-portal.example/legal-content/EN/TXT/?uri=CELEX",
                join("at https://eu-law-portal.example/legal-content/", "EN/TXT/?uri=CELEX"));
        assertEquals("see https://example.org/reports/ Ibid.", join("see https://example.org/reports/", "Ibid."));
    }
}
