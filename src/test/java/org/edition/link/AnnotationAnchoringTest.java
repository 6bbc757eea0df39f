package org.edition.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edition.diagnostics.EditionException;
import org.edition.model.Annotation;
import org.edition.model.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AnnotationAnchoringTest {
    static final Report REPORT = GlossaryLinkingTest.report("""
            The treaty was signed in 1987.[^1] It held for decades.

            The treaty was signed again, they say.

            [^1]: A note.
            """);

    static Annotation annotation(String exact, String prefix, String suffix) {
        return new Annotation("a1", "r", "hindsight", exact, prefix, suffix, "<p>Later.</p>", "annotations.yaml:3", "");
    }

    @Test
    void aUniqueQuoteIsAnchoredAndMarked() {
        AnnotationAnchorer.Result result = new AnnotationAnchorer().anchor(List.of(REPORT),
                List.of(annotation("signed in 1987. It held", "", "")));
        assertEquals("p1", result.annotations().get(0).paragraphId());
        Element p = Jsoup.parseBodyFragment(result.reports().get(0).paragraphs().get(0).html()).body();
        Element mark = p.selectFirst("a.annotation-mark");
        assertEquals("#annotation-a1", mark.attr("href"));
        assertEquals("annotated-a1", mark.id());
        assertTrue(p.select("mark.annotated").isEmpty(), "the quote spans the note reference, so it cannot be wrapped");
    }

    @Test
    void aQuoteWithinOneTextIsHighlighted() {
        AnnotationAnchorer.Result result = new AnnotationAnchorer().anchor(List.of(REPORT),
                List.of(annotation("signed again", "", "")));
        Element p = Jsoup.parseBodyFragment(result.reports().get(0).paragraphs().get(1).html()).body();
        assertEquals("signed again", p.selectFirst("mark.annotated").text());
    }

    @Test
    void aQuoteFoundNowhereIsAnErrorNamingTheAnnotation() {
        EditionException e = assertThrows(EditionException.class, () -> new AnnotationAnchorer().anchor(List.of(REPORT),
                List.of(annotation("signed in 1989", "", ""))));
        assertEquals("annotations.yaml:3: error: annotation 'a1' its quote “signed in 1989” is not found in r "
                + "(quote the passage exactly as the report page shows it, without note numbers)", e.diagnostics().get(0).toString());
    }

    @Test
    void aQuoteFoundTwiceIsAnErrorUntilAPrefixOrSuffixSettlesIt() {
        EditionException e = assertThrows(EditionException.class, () -> new AnnotationAnchorer().anchor(List.of(REPORT),
                List.of(annotation("The treaty was signed", "", ""))));
        assertTrue(e.getMessage().contains("occurs 2 times in r (¶ 1, ¶ 2); add a prefix or suffix"), e.getMessage());
        AnnotationAnchorer.Result result = new AnnotationAnchorer().anchor(List.of(REPORT),
                List.of(annotation("The treaty was signed", "", "again")));
        assertEquals("p2", result.annotations().get(0).paragraphId());
    }

    @Test
    void anUnknownReportIsAnError() {
        Annotation a = new Annotation("a1", "nowhere", "context", "x", "", "", "", "annotations.yaml:3", "");
        EditionException e = assertThrows(EditionException.class, () -> new AnnotationAnchorer().anchor(List.of(REPORT), List.of(a)));
        assertTrue(e.getMessage().contains("names report 'nowhere', which does not exist"), e.getMessage());
    }
}
