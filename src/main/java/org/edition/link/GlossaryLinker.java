package org.edition.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.Report;
import org.edition.model.TermOccurrence;
import org.edition.parallel.EveryCore;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds every occurrence of the glossary's terms in the reports' paragraphs and notes, records it, and
 * links the first occurrence of each term per section (or as the edition's policy says) to the term's
 * page. Never inside headings, links, code or another term.
 */
public final class GlossaryLinker {
    /** Which occurrences are linked. */
    public enum Policy {
        FIRST_IN_SECTION, FIRST_IN_REPORT, ALL, NONE;

        /** The policy named in edition.yaml ({@code first-in-section} …). */
        public static java.util.Optional<Policy> byName(String name) {
            for (Policy p : values()) {
                if (p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(name)) {
                    return java.util.Optional.of(p);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private static final Evaluator NOT_LINKED_INSIDE = QueryParser.parse( // compiled once: jsoup parses a selector string at every call
            "a, code, pre, kbd, h1, h2, h3, h4, h5, h6, .term, mark.annotated");
    private static final int CONTEXT = 60;

    /** The linked reports, the glossary with its occurrences, and warnings about unused entries. */
    public record Result(List<Report> reports, Glossary glossary, List<Diagnostic> warnings) {
    }

    /** Links the terms of the glossary in every report. */
    public Result link(List<Report> reports, Glossary glossary, Policy policy) {
        if (glossary.entries().isEmpty()) {
            return new Result(reports, glossary, List.of());
        }
        TermMatcher matcher = new TermMatcher(glossary);
        List<Linked> done = EveryCore.map(reports, report -> link(report, matcher, policy));
        List<TermOccurrence> occurrences = new ArrayList<>();
        List<Report> linked = new ArrayList<>();
        for (Linked l : done) {
            linked.add(l.report());
            occurrences.addAll(l.occurrences());
        }
        List<Diagnostic> warnings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        occurrences.forEach(o -> used.add(o.entryId()));
        for (GlossaryEntry e : glossary.entries()) {
            if (!used.contains(e.id())) {
                String[] where = e.declaredAt().split(":(?=\\d+$)");
                warnings.add(Diagnostic.warning(where[0], Integer.parseInt(where[1]),
                        "glossary entry '" + e.id() + "' (" + e.term() + ") occurs in no report"));
            }
        }
        return new Result(linked, new Glossary(glossary.entries(), occurrences), warnings);
    }

    /** One report with its terms linked, and the occurrences found in it in reading order. */
    private record Linked(Report report, List<TermOccurrence> occurrences) {
    }

    /** Links the terms in one report (reports are independent, so they are linked on every core). */
    private static Linked link(Report report, TermMatcher matcher, Policy policy) {
        List<TermOccurrence> occurrences = new ArrayList<>();
        Set<String> linkedInReport = new HashSet<>();
        Set<String> linkedInScope = new HashSet<>();
        String[] scope = {""};
        Report r = BlockEditor.editParagraphs(report, (section, paragraph, body) -> {
            if (!section.id().equals(scope[0])) {
                scope[0] = section.id();
                linkedInScope.clear();
            }
            mark(body, matcher, policy, linkedInScope, linkedInReport, report.id(), paragraph.id(),
                    "¶ " + paragraph.number(), occurrences);
        });
        Set<String> linkedInNotes = new HashSet<>();
        r = BlockEditor.editNotes(r, (note, body) -> mark(body, matcher, policy, linkedInNotes, linkedInReport,
                report.id(), note.id(), "note " + note.label(), occurrences));
        return new Linked(r, occurrences);
    }

    private static void mark(Element body, TermMatcher matcher, Policy policy, Set<String> linkedInScope,
            Set<String> linkedInReport, String reportId, String blockId, String place, List<TermOccurrence> out) {
        TextMap map = TextMap.of(body);
        String text = map.text();
        List<TermMatcher.Match> matches = matcher.find(text);
        List<TermMatcher.Match> toLink = new ArrayList<>();
        List<TermOccurrence> found = new ArrayList<>();
        for (TermMatcher.Match m : matches) {
            boolean linkable = map.inOneNode(m.start(), m.end()) && !insideExcluded(map.nodeAt(m.start()), body);
            boolean wanted = switch (policy) {
                case ALL -> true;
                case NONE -> false;
                case FIRST_IN_REPORT -> !linkedInReport.contains(m.entryId());
                case FIRST_IN_SECTION -> !linkedInScope.contains(m.entryId());
            };
            boolean link = linkable && wanted;
            if (link) {
                linkedInScope.add(m.entryId());
                linkedInReport.add(m.entryId());
                toLink.add(m);
            }
            found.add(new TermOccurrence(m.entryId(), reportId, blockId, place, before(text, m.start()), m.text(),
                    after(text, m.end()), link));
        }
        out.addAll(found);
        for (int i = toLink.size() - 1; i >= 0; i--) {
            TermMatcher.Match m = toLink.get(i);
            map.wrap(m.start(), m.end(), new Element("a").addClass("term").attr("data-term", m.entryId()));
        }
    }

    private static boolean insideExcluded(org.jsoup.nodes.Node node, Element root) {
        for (Element p = (Element) node.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(NOT_LINKED_INSIDE)) {
                return true;
            }
        }
        return false;
    }

    private static String before(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        return (from > 0 ? "…" : "") + text.substring(from, start);
    }

    private static String after(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return text.substring(end, to) + (to < text.length() ? "…" : "");
    }
}
