package org.edition.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The editors' interventions still sit where they belong. An annotation: its mark in the text leads to
 * its body and back, its mark lies in a paragraph that still holds the passage the annotations page
 * quotes. An emendation: its mark leads to its entry in the editorial notes and back, and the text
 * still reads the replacement that entry gives.
 */
final class AnchoringCheck {
    static final String ANNOTATIONS_PAGE = "annotations.html";
    private static final Pattern QUOTED = Pattern.compile("^on “(.*)”$", Pattern.DOTALL);

    private final PublishedSite site;
    private final Findings findings;

    AnchoringCheck(PublishedSite site, Findings findings) {
        this.site = site;
        this.findings = findings;
    }

    void check() {
        for (Page page : site.pages()) {
            annotationMarks(page);
            emendations(page);
        }
        site.page(ANNOTATIONS_PAGE).ifPresent(this::annotationQuotes);
    }

    private void annotationMarks(Page page) {
        for (Element mark : page.document().select("a.annotation-mark")) {
            findings.counted("annotations");
            String body = mark.attr("href");
            Element annotation = body.startsWith("#") ? page.ids().get(body.substring(1)) : null;
            if (annotation == null || !annotation.hasClass("annotation")) {
                findings.error(page, mark, "the annotation mark #" + mark.id() + " leads to " + body + ", which is no annotation on this page");
            } else if (!linksTo(annotation, "#" + mark.id())) {
                findings.error(page, annotation, "the annotation " + body + " has no link back to its mark #" + mark.id());
            }
            if (mark.closest(".para") == null) {
                findings.error(page, mark, "the annotation mark #" + mark.id() + " is not inside a paragraph");
            }
        }
        for (Element annotation : page.document().select("div.annotation[id]")) {
            if (!linksTo(page.document().select("a.annotation-mark"), "#" + annotation.id())) {
                findings.error(page, annotation, "the annotation #" + annotation.id() + " has no mark in the text");
            }
        }
    }

    /** Each entry of the annotations page quotes a passage: it must still be in the paragraph of its mark. */
    private void annotationQuotes(Page list) {
        for (Element link : list.document().select("a[href*=#annotated-]")) {
            Matcher quoted = QUOTED.matcher(link.text().strip());
            Address a = Address.resolve(list.path(), link.attr("href"));
            Optional<Page> report = site.page(a.path());
            if (!quoted.matches() || report.isEmpty()) {
                continue;
            }
            Element mark = report.get().ids().get(a.fragment());
            Element paragraph = mark == null ? null : mark.closest(".para");
            if (paragraph == null) {
                continue;
            }
            findings.counted("annotation quotes");
            String quote = normalise(quoted.group(1));
            if (!normalise(textOf(paragraph, true)).contains(quote) && !normalise(textOf(paragraph, false)).contains(quote)) {
                findings.error(list, link, "the annotation #" + a.fragment() + " is no longer anchored: " + a.path() + " ¶ "
                        + paragraph.id() + " does not hold “" + shorten(quoted.group(1)) + "”");
            }
        }
    }

    private void emendations(Page page) {
        for (Element span : page.document().select("span.emendation[id]")) {
            findings.counted("emendations");
            Element mark = span.selectFirst("a.emendation-mark");
            String entryId = mark == null ? "" : mark.attr("href").replaceFirst("^#", "");
            Element entry = page.ids().get(entryId);
            if (mark == null || entry == null) {
                findings.error(page, span, "the emendation #" + span.id() + " has no mark leading to its editorial note");
                continue;
            }
            if (!linksTo(entry, "#" + span.id())) {
                findings.error(page, entry, "the editorial note #" + entryId + " has no link back to its emendation #" + span.id());
            }
            var readings = entry.select(".reading");
            Element text = span.clone();
            text.select("a.emendation-mark").remove();
            if (readings.size() >= 2 && !normalise(text.text()).equals(normalise(readings.get(1).text()))) {
                findings.error(page, span, "the emendation #" + span.id() + " is no longer anchored: the text reads “"
                        + shorten(text.text()) + "” where its note prints “" + shorten(readings.get(1).text()) + "”");
            }
        }
        for (Element entry : page.document().select(".editorial-notes li[id^=emendation-]")) {
            if (!linksTo(page.document().select("a.emendation-mark"), "#" + entry.id())) {
                findings.error(page, entry, "the editorial note #" + entry.id() + " has no emendation in the text");
            }
        }
    }

    private static boolean linksTo(Element scope, String href) {
        return linksTo(scope.select("a[href]"), href);
    }

    private static boolean linksTo(java.util.List<Element> links, String href) {
        return links.stream().anyMatch(a -> a.attr("href").equals(href));
    }

    /** A paragraph's text without its number, marks and page starts, with or without the note numbers. */
    private static String textOf(Element paragraph, boolean withNotes) {
        Element copy = paragraph.clone();
        copy.select(".para-number, a.annotation-mark, a.emendation-mark, .related, [role=doc-pagebreak]").remove();
        if (!withNotes) {
            copy.select("sup").remove();
        }
        return copy.text();
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[‘’]", "'").replaceAll("[“”]", "\"")
                .replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "…" : s;
    }
}
