package org.edition.ingest.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParseCostTest {
    @Test
    void aParagraphOfManyUnclosedMarksIsTooCostlyAndNamesWhereItBegins() {
        String hostile = "[a](".repeat(20_000);
        String text = "A first paragraph.\n\n" + "Text " + hostile + " end.\n\nA last one.\n";
        Optional<ParseCost.Paragraph> found = ParseCost.tooCostly(text);
        assertTrue(found.isPresent());
        assertEquals(20_000, found.get().marks());
        assertTrue(text.substring(found.get().offset(), found.get().offset() + found.get().length()).strip().startsWith("Text [a]("));
        for (String mark : new String[] {"`a ", "<b>"}) {
            assertTrue(ParseCost.tooCostly("x " + mark.repeat(30_000)).isPresent(), mark);
        }
    }

    /** The same marks spread over paragraphs of ordinary length cost what each paragraph costs, and pass. */
    @Test
    void ordinaryParagraphsPassHoweverManyThereAre() {
        String paragraph = "See [the report](https://example.org/r.pdf), `code` and <sup>1</sup> again. ".repeat(40);
        String text = (paragraph + "\n\n").repeat(2_000);
        assertEquals(Optional.empty(), ParseCost.tooCostly(text));
        assertEquals(Optional.empty(), ParseCost.tooCostly(""));
        assertEquals(Optional.empty(), ParseCost.tooCostly("plain ".repeat(1_000_000)));
    }
}
