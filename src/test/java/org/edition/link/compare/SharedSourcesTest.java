package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.edition.model.compare.SharedCitation;
import org.junit.jupiter.api.Test;

/** Sources and organisations the notes of several reports cite. */
class SharedSourcesTest {

    private static String describe(SharedCitation c) {
        return c.kind() + ": " + c.label() + " " + c.notes().stream().map(n -> n.reportId() + " " + n.label()).toList();
    }

    @Test
    void readsTheAuthorTitlePublisherAndAddressOfACitation() {
        List<NoteCitations.Citation> cs = NoteCitations.read("The White House alleged it: Mark Mazzetti and Michael Schmidt, "
                + "“Two Russian Compounds, Caught Up in History’s Echoes”, The New York Times, 29 December 2016, "
                + "https://www.nytimes.com/2016/12/29/us/politics/russia-spy-compounds.html. See also Fiona Hill et al., "
                + "\"Why we still need to rethink Russian policy,\" Politico, September 25, 2020.");
        assertEquals(2, cs.size());
        assertEquals(List.of("Mark Mazzetti", "Michael Schmidt"), cs.get(0).authors());
        assertEquals("Two Russian Compounds, Caught Up in History’s Echoes", cs.get(0).title());
        assertEquals("The New York Times", cs.get(0).organisation());
        assertEquals("https://www.nytimes.com/2016/12/29/us/politics/russia-spy-compounds.html", cs.get(0).url());
        assertEquals(List.of("Fiona Hill"), cs.get(1).authors());
        assertEquals("Politico", cs.get(1).organisation());
        NoteCitations.Citation issued = NoteCitations.read("US Department of Defense, Summary of the 2018 National Defense Strategy, January 2018.").get(0);
        assertEquals("US Department of Defense", issued.organisation());
        assertEquals("Summary of the 2018 National Defense Strategy", issued.title());
    }

    @Test
    void matchesByNormalisedAddressTitleAuthorAndOrganisation() {
        SharedSources.Result result = new SharedSources().find(List.of(
                Reports.report("a", "2017", """
                        Text.[^1] More.[^2] And.[^3]

                        [^1]: Steven Pifer, “Tips for President Trump”, Brookings, 4 July 2017, https://www.brookings.edu/blog/tips/.
                        [^2]: “Trump Says He Would Consider Recognizing Crimea”, Radio Free Europe, 1 August 2016.
                        [^3]: Anon, “A report on nothing in particular”, The New York Times, 2016.
                        """),
                Reports.report("b", "2020", """
                        Text.[^1] More.[^2] And.[^3]

                        [^1]: Steven Pifer, "Trump's loss not necessarily Russia's," Brookings, November 10, 2020.
                        [^2]: "Trump says he would consider recognizing Crimea," RFE, 2016, http://brookings.edu/blog/tips?utm=x#top
                        [^3]: Andrew Higgins, "U.S. Rebuffs Putin Bid," New York Times, October 16, 2020.
                        """)));
        assertEquals(List.of(
                "url: https://www.brookings.edu/blog/tips/ [a 1, b 2]",
                "title: Trump Says He Would Consider Recognizing Crimea [a 2, b 2]",
                "author: Steven Pifer [a 1, b 1]"), result.sources().stream().map(SharedSourcesTest::describe).toList());
        assertEquals(List.of("organisation: Brookings [a 1, b 1]", "organisation: The New York Times [a 3, b 3]"),
                result.organisations().stream().map(SharedSourcesTest::describe).toList());
    }

    @Test
    void addressesMatchWithoutSchemeWwwQueryOrTrailingSlash() {
        assertEquals(NoteCitations.urlKey("https://www.Example.org/a/B/"), NoteCitations.urlKey("http://example.org/a/B?x=1#y"));
        assertEquals("example.org/a/B", NoteCitations.urlKey("HTTPS://WWW.EXAMPLE.ORG/a/B"));
    }
}
