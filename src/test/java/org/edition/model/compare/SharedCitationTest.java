package org.edition.model.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedCitationTest {
    private static final String PIFER = "Steven Pifer, “Tips for President Trump”, Brookings Institution, 4 July 2017.";
    private static final String PIFER_SHORT = "Pifer, “Tips for President Trump”.";

    @Test
    void eachWordingIsGivenOnceWithTheNotesCitingItReportByReport() {
        SharedCitation s = new SharedCitation("author", "Steven Pifer", List.of(
                new CitedNote("alpha", "note-3", "3", PIFER),
                new CitedNote("alpha", "note-9", "9", PIFER_SHORT),
                new CitedNote("alpha", "note-12", "12", PIFER),
                new CitedNote("beta", "note-1", "1", PIFER),
                new CitedNote("gamma", "note-4", "4", PIFER_SHORT)));
        List<SharedCitation.Wording> w = s.wordings();
        assertEquals(List.of(PIFER, PIFER_SHORT), w.stream().map(SharedCitation.Wording::text).toList());
        assertEquals(List.of("alpha", "beta"), w.get(0).reports().stream().map(SharedCitation.Citing::reportId).toList());
        assertEquals(List.of("3", "12"), w.get(0).reports().get(0).notes().stream().map(CitedNote::label).toList());
        assertEquals(List.of("alpha", "gamma"), w.get(1).reports().stream().map(SharedCitation.Citing::reportId).toList());
        assertEquals(5, w.stream().flatMap(x -> x.reports().stream()).mapToInt(c -> c.notes().size()).sum(),
                "every note is still linked");
    }

    @Test
    void differentWordingsStayApart() {
        SharedCitation s = new SharedCitation("url", "https://example.org/a", List.of(
                new CitedNote("alpha", "note-1", "1", "A, https://example.org/a."),
                new CitedNote("beta", "note-1", "1", "A, https://example.org/a")));
        assertEquals(2, s.wordings().size());
    }
}
