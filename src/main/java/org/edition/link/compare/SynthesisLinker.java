package org.edition.link.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.diagnostics.EditionException;
import org.edition.model.Paragraph;
import org.edition.model.PassageLink;
import org.edition.model.Report;
import org.edition.model.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Resolves the passage links of the editors' syntheses to paragraphs. A quote must occur in exactly one
 * paragraph of the report it names (white space, curly or straight quotes and dashes aside), and a
 * paragraph anchor must exist: otherwise an error names the theme, the quote and where the link is
 * written. Each link becomes {@code <a class="passage-link" data-report="…" data-paragraph="…">}, its
 * text followed by the paragraph's number; the render stage turns that into a relative address.
 */
public final class SynthesisLinker {

    /**
     * Resolves every theme's passage links.
     *
     * @throws EditionException (content) naming the file, line, theme and quote of a link that does not resolve
     */
    public List<Theme> resolve(List<Theme> themes, List<Report> reports) {
        Map<String, Report> byId = new TreeMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        Map<String, List<String>> texts = new java.util.HashMap<>();
        List<Theme> out = new ArrayList<>();
        for (Theme theme : themes) {
            List<PassageLink> resolved = new ArrayList<>();
            for (PassageLink link : theme.passageLinks()) {
                resolved.add(link.to(paragraphOf(theme, link, byId, texts).id()));
            }
            out.add(theme.resolved(rewrite(theme.synthesisHtml(), resolved, byId), resolved));
        }
        return out;
    }

    private static Paragraph paragraphOf(Theme theme, PassageLink link, Map<String, Report> byId, Map<String, List<String>> texts) {
        Report report = byId.get(link.reportId());
        if (report == null) {
            throw error(theme, link, "the passage link names report '" + link.reportId() + "', which does not exist; the reports are "
                    + String.join(", ", byId.keySet()));
        }
        if (!link.byQuote()) {
            return report.paragraphs().stream().filter(p -> p.id().equals(link.paragraphId())).findFirst()
                    .orElseThrow(() -> error(theme, link, "the passage link to " + link.reportId() + "#" + link.paragraphId()
                            + " names no paragraph: the report has paragraphs p1 to p" + report.paragraphs().size()));
        }
        String quote = normalise(link.quote());
        List<Paragraph> paragraphs = report.paragraphs();
        List<String> normalised = texts.computeIfAbsent(report.id(), id -> paragraphs.stream().map(p -> normalise(p.text())).toList());
        List<Paragraph> holding = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (normalised.get(i).contains(quote)) {
                holding.add(paragraphs.get(i));
            }
        }
        if (holding.isEmpty()) {
            throw error(theme, link, "the quote “" + shorten(link.quote()) + "” is found in no paragraph of " + link.reportId()
                    + " (quote the words of one paragraph exactly, without note numbers)");
        }
        if (holding.size() > 1) {
            throw error(theme, link, "the quote “" + shorten(link.quote()) + "” is found in " + holding.size()
                    + " paragraphs of " + link.reportId() + " (" + String.join(", ", holding.stream().map(p -> "¶ " + p.number()).toList())
                    + "); quote more words so that one paragraph holds them");
        }
        return holding.get(0);
    }

    private static String rewrite(String html, List<PassageLink> links, Map<String, Report> byId) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.body().select("a[data-passage]")) {
            PassageLink link = links.get(Integer.parseInt(a.attr("data-passage")));
            int number = byId.get(link.reportId()).paragraphs().stream()
                    .filter(p -> p.id().equals(link.paragraphId())).findFirst().orElseThrow().number();
            a.removeAttr("data-passage").addClass("passage-link").attr("data-report", link.reportId())
                    .attr("data-paragraph", link.paragraphId());
            a.appendElement("span").addClass("passage-place").text("\u00a0¶\u202f" + number);
        }
        return doc.body().html();
    }

    /**
     * Text as the quote is compared: one space for any run of white space (a no-break or narrow no-break
     * space counts as one), straight quotes and hyphens, stripped. In one pass: every paragraph of a report a
     * theme quotes is compared so (SynthesisLinkerTest checks it against the four expressions it replaces).
     */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u202f') {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            out.append(switch (c) {
                case '‘', '’', '‛', '′' -> '\'';
                case '“', '”', '„', '″' -> '"';
                case '‐', '‑', '‒', '–', '—' -> '-';
                default -> c;
            });
        }
        return out.toString().strip();
    }

    private static String shorten(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "…" : s;
    }

    private static EditionException error(Theme theme, PassageLink link, String message) {
        return EditionException.content(link.file(), link.line(), "theme '" + theme.id() + "': " + message);
    }
}
