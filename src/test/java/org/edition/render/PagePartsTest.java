package org.edition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How a long page is cut into parts: whole groups, in order, each part within its budget. */
class PagePartsTest {
    /** A group named by a letter, weighing its number. */
    record G(String name, long weight) {
    }

    private static PageParts<G> cut(long budget, long... weights) {
        List<G> groups = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            groups.add(new G(String.valueOf((char) ('a' + i)), weights[i]));
        }
        return PageParts.of("compare/sanctions.html", groups, G::weight, G::name, budget);
    }

    private static List<String> names(List<G> groups) {
        return groups.stream().map(G::name).toList();
    }

    @Test
    void aPageWithinTheBudgetIsOnePartAtItsOwnPath() {
        PageParts<G> parts = cut(10, 3, 3, 4);
        assertEquals(1, parts.count());
        assertEquals("compare/sanctions.html", parts.path(1));
        PageParts.Part part = parts.part(1);
        assertFalse(part.many());
        assertTrue(part.first());
        assertEquals(List.of("sanctions.html", "sanctions.html", "sanctions.html"), part.groupHrefs());
        assertEquals(List.of("a", "b", "c"), names(parts.groups(1)));
    }

    @Test
    void aLongPageIsCutBetweenGroupsBeforeTheOneThatWouldPassTheBudget() {
        PageParts<G> parts = cut(7, 3, 3, 3, 3, 1);
        assertEquals(2, parts.count());
        assertEquals(List.of("a", "b"), names(parts.groups(1)));
        assertEquals(List.of("c", "d", "e"), names(parts.groups(2)));
        assertEquals("compare/sanctions.2.html", parts.path(2));
        PageParts.Part second = parts.part(2);
        assertTrue(second.many());
        assertFalse(second.first());
        assertEquals(List.of("sanctions.html", "sanctions.html", "sanctions.2.html", "sanctions.2.html", "sanctions.2.html"),
                second.groupHrefs());
        assertEquals(List.of(new PageParts.Link(1, "a – b", "sanctions.html", false), new PageParts.Link(2, "c – e", "sanctions.2.html", true)),
                second.links());
        assertEquals("sanctions.html", second.previous().href());
        assertEquals("sanctions.2.html", parts.part(1).next().href());
    }

    @Test
    void aGroupLargerThanTheBudgetIsAPartOfItsOwn() {
        assertEquals(List.of(List.of("a"), List.of("b", "c")), all(cut(5, 10, 1, 1)));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), all(cut(5, 1, 10, 1)));
        assertEquals("b", cut(5, 1, 10, 1).part(2).links().get(1).label());
    }

    @Test
    void aPageWithoutGroupsIsOneEmptyPart() {
        PageParts<G> parts = cut(5);
        assertEquals(1, parts.count());
        assertEquals(List.of(), parts.groups(1));
        assertFalse(parts.part(1).many());
    }

    @Test
    void everyGroupIsInExactlyOnePartInOrderAndOnlyALoneGroupPassesTheBudget() {
        Random random = new Random(13);
        for (int round = 0; round < 2_000; round++) {
            long budget = 1 + random.nextInt(50);
            long[] weights = random.longs(random.nextInt(40), 0, 60).toArray();
            PageParts<G> parts = cut(budget, weights);
            List<String> joined = new ArrayList<>();
            for (int n = 1; n <= parts.count(); n++) {
                List<G> part = parts.groups(n);
                joined.addAll(names(part));
                long held = part.stream().mapToLong(G::weight).sum();
                assertTrue(held <= budget || part.size() == 1, "part " + n + " holds " + held + " of " + budget);
                if (n > 1) {
                    long before = parts.groups(n - 1).stream().mapToLong(G::weight).sum();
                    assertTrue(before + part.get(0).weight() > budget, "part " + n + "'s first group fitted in the part before");
                }
                for (int g = 0; g < part.size(); g++) {
                    int index = joined.size() - part.size() + g;
                    assertEquals(parts.path(n).substring("compare/".length()), parts.part(1).groupHrefs().get(index));
                }
            }
            assertEquals(names(cut(Long.MAX_VALUE, weights).groups(1)), joined);
        }
    }

    @Test
    void theSharedSourcesPartsAreNamedByTheNumbersOfTheirSourcesAndOrganisations() {
        assertEquals("Sources 1–40", ComparePages.sourcesLabel(0, 39, 302));
        assertEquals("Sources 232–302 and organisations 1–27", ComparePages.sourcesLabel(231, 328, 302));
        assertEquals("Organisations 28–52", ComparePages.sourcesLabel(329, 353, 302));
        assertEquals("Sources 302 and organisations 1", ComparePages.sourcesLabel(301, 302, 302));
        assertEquals("Organisations 3", ComparePages.sourcesLabel(4, 4, 2));
    }

    private static List<List<String>> all(PageParts<G> parts) {
        List<List<String>> out = new ArrayList<>();
        for (int n = 1; n <= parts.count(); n++) {
            out.add(names(parts.groups(n)));
        }
        return out;
    }
}
