package org.edition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edition.model.Author;
import org.edition.model.PublicationDate;
import org.edition.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class CitationTest {
    static final ReportMetadata LO = new ReportMetadata("lo-2017", "An Accident Waiting to Happen",
            "Trump, Putin and the US–Russia Relationship", List.of(new Author("Bobo Lo", "Lowy Institute")),
            "Lowy Institute for International Policy", "Sydney", "Lowy Institute Analysis", "",
            Optional.of(PublicationDate.parse("2017-10")), "https://example.org/lo", "en");
    static final ReportMetadata TWO = new ReportMetadata("dd-2020", "US-Russia Relations in the Trump Era",
            "Domestic Polarization & Foreign Policy", List.of(new Author("Giovanna De Maio", ""), new Author("Emmanuel Dreyfus", "")),
            "IRSEM", "Paris", "IRSEM Research Paper", "109", Optional.of(PublicationDate.parse("2020-11-19")), "", "en");

    @Test
    void chicagoForOneAuthor() {
        assertEquals("Lo, Bobo. An Accident Waiting to Happen: Trump, Putin and the US–Russia Relationship. "
                + "Lowy Institute Analysis. Sydney: Lowy Institute for International Policy, October 2017. https://example.org/lo.",
                new Citation(LO).chicago());
    }

    @Test
    void chicagoForTwoAuthorsWithAParticleInTheName() {
        assertEquals("De Maio, Giovanna, and Emmanuel Dreyfus. US-Russia Relations in the Trump Era: Domestic Polarization & Foreign Policy. "
                + "IRSEM Research Paper No. 109. Paris: IRSEM, November 19, 2020.", new Citation(TWO).chicago());
    }

    @Test
    void bibtexEscapesAndNamesAuthorsFamilyFirst() {
        String bib = new Citation(TWO).bibtex();
        assertTrue(bib.startsWith("@techreport{demaio2020russia,\n"), bib);
        assertTrue(bib.contains("  author = {De Maio, Giovanna and Dreyfus, Emmanuel},\n"), bib);
        assertTrue(bib.contains("  title = {US-Russia Relations in the Trump Era: Domestic Polarization \\& Foreign Policy},\n"), bib);
        assertTrue(bib.contains("  number = {109},\n") && bib.contains("  month = nov,\n") && bib.contains("  date = {2020-11-19},\n"), bib);
    }

    @Test
    void cslJsonIsValidJsonWithTheFieldsCiteprocNeeds() throws Exception {
        String json = new Citation(LO).cslJson();
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.getParsingContext().getParent().inArray()
                        && p.getParsingContext().getParent().getParent().inRoot()) {
                    fields.add(p.currentName());
                }
            }
        }
        assertEquals(List.of("id", "type", "title", "author", "publisher", "publisher-place", "collection-title", "issued", "URL", "language"), fields);
        assertTrue(json.contains("\"date-parts\" : [ [ 2017, 10 ] ]"), json);
        assertTrue(json.contains("\"family\" : \"Lo\""), json);
    }
}
