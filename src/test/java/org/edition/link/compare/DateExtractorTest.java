package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in the forms reports write them, and numbers that only look like years. */
class DateExtractorTest {
    private final DateExtractor extractor = new DateExtractor();

    /** What was found, as "words | first/last | label | qualifier" (- for none). */
    private List<String> found(String text) {
        return extractor.find(text).stream().map(f -> text.substring(f.start(), f.end()) + " | " + f.when().start().iso()
                + "/" + f.when().end().iso() + " | " + f.when().label() + " | " + (f.qualifier().isEmpty() ? "-" : f.qualifier())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "In February 2007, Putin gave a speech.; February 2007 | 2007-02/2007-02 | February 2007 | in",
        "the Hamburg G20 summit in July 2017 achieved little; July 2017 | 2017-07/2017-07 | July 2017 | in",
        "Starting in 2014, with the annexation of Crimea; 2014 | 2014/2014 | 2014 | in",
        "protests against Putin in 2011–12, the Kremlin; 2011–12 | 2011/2012 | 2011–12 | in",
        "a Visiting Fellow (2018-2020) at the Institute; 2018-2020 | 2018/2020 | 2018–20 | -",
        "the war years (1999-2005) in the region; 1999-2005 | 1999/2005 | 1999–2005 | -",
        "the reforms of 2001–2005 were; 2001–2005 | 2001/2005 | 2001–05 | of",
        "its lowest point since the early 1980s.; the early 1980s | 1980/1983 | early 1980s | since",
        "aligned than at any point since the mid-1950s; the mid-1950s | 1954/1956 | mid-1950s | since",
        "arms control that had unfolded since the 1970s; the 1970s | 1970/1979 | 1970s | since",
        "the renewal of the New START treaty by February 2021, on which; February 2021 | 2021-02/2021-02 | February 2021 | by",
        "By early 2014, the relationship had sunk; early 2014 | 2014-01/2014-04 | early 2014 | by",
        "the chemical attack in early April 2017; early April 2017 | 2017-04/2017-04 | early April 2017 | in",
        "Following the events in the spring of 2014, the US; the spring of 2014 | 2014-03/2014-05 | spring 2014 | in",
        "Fiona Hill, November 21, 2019.; November 21, 2019 | 2019-11-21/2019-11-21 | 21 November 2019 | -",
        "Radio Liberty, 1 August 2016, https://example.org; 1 August 2016 | 2016-08-01/2016-08-01 | 1 August 2016 | -",
        "had Hillary Clinton won the 2016 US presidential election; 2016 | 2016/2016 | 2016 | -",
        "the sovereign order that emerged after the 1815 Congress of Vienna; 1815 | 1815/1815 | 1815 | after",
    })
    void findsTheDateInItsForm(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "It rejected the G20 free trade consensus.",
        "a brigade of around 5 000 troops whose battalions rotate",
        "passed the House of Representatives 419–3, and the Senate 98–2.",
        "Such fears have been heightened recently by Zapad-2017, one of Russia’s largest exercises.",
        "limits each country to 1,550 deployed nuclear warheads",
        "a force of 2000 troops in the north",
        "Su-24, F-35, S-400, MH17 and a 400-page report, p. 150-155.",
        "the deal cost $2015 million, or 2015% of it",
    })
    void findsNoDateInNumbersThatAreNotYears(String text) {
        assertEquals(List.of(), found(text));
    }

    @org.junit.jupiter.api.Test
    void findsEveryDateOfASentenceLeftToRightWithoutOverlap() {
        assertEquals(List.of("February 2015 | 2015-02/2015-02 | February 2015 | between",
                        "February 2019 | 2019-02/2019-02 | February 2019 | and"),
                found("rose from 19% to 30% between February 2015 and February 2019."));
        assertEquals(List.of("2008 | 2008/2008 | 2008 | -", "2011–12 | 2011/2012 | 2011–12 | in"),
                found("A series of events — the 2008 Russia–Georgia war, protests in 2011–12, Zapad-2017 —"));
    }

    @org.junit.jupiter.api.Test
    void aRunOfYearsThatGoesBackwardsIsTwoNumbersNotARange() {
        assertEquals(List.of(), found("scores of 2019–18 and 1990–75"));
    }

    private static final String[] PIECES = {"2017", "1980", "1990s", "1980's", "2000’s", "20s", "0s", "March", "march", "MAY",
        "May", "June", "Sept", "September", "spring", "SPRING", "Fall", "fall of", "winter", "early", "Mid", "LATE", "-",
        "–", " ", "  ", "the ", "of ", "in ", "4", "12", "31st", ",", "troops", "$", "G", "x", "’", "'", "s", "\u00a0"};

    @org.junit.jupiter.api.Test
    void lookingFirstForTheWordsEachFormNeedsFindsWhatTheExpressionsAloneFind() throws java.io.IOException {
        int withDates = 0;
        for (String s : org.edition.PieceTexts.of(PIECES, 40_000, 14, 7)) {
            List<DateExtractor.Found> all = extractor.find(s, false);
            assertEquals(all, extractor.find(s, true), s);
            withDates += all.isEmpty() ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertTrue(withDates > 5_000, "the generated texts hold dates: " + withDates);
        for (java.nio.file.Path source : List.of(java.nio.file.Path.of("content/sources/lo-2017.txt"),
                java.nio.file.Path.of("content/sources/de-maio-dreyfus-2020.md"))) {
            for (String line : java.nio.file.Files.readAllLines(source)) {
                assertEquals(extractor.find(line, false), extractor.find(line, true), line);
            }
        }
    }
}
