package org.edition.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.diagnostics.EditionException;
import org.edition.model.Annotation;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.jsoup.nodes.Element;

/**
 * Attaches each annotation to the one passage it quotes. The quote (exact text, optionally with the
 * words right before and after it) must occur exactly once in the report: a quote found nowhere, or
 * in several places, is an error naming the annotation, so an annotation never lands on the wrong
 * passage after a source or importer change.
 */
public final class AnnotationAnchorer {

    /** The reports with their annotated passages marked, and the annotations with their paragraphs. */
    public record Result(List<Report> reports, List<Annotation> annotations) {
    }

    /** A place a quote was found. */
    private record Hit(String paragraphId, int number, int start, int end) {
    }

    /**
     * Anchors every annotation.
     *
     * @throws EditionException (content) naming the annotation whose quote is not found, or found more than once
     */
    public Result anchor(List<Report> reports, List<Annotation> annotations) {
        Map<String, Report> byId = new TreeMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        Map<String, List<ParagraphText>> texts = new TreeMap<>();
        List<Annotation> anchored = new ArrayList<>();
        Map<String, List<Mark>> marks = new TreeMap<>();
        for (Annotation a : annotations) {
            Report report = byId.get(a.reportId());
            if (report == null) {
                throw error(a, "names report '" + a.reportId() + "', which does not exist; the reports are "
                        + String.join(", ", byId.keySet()));
            }
            List<Hit> hits = find(texts.computeIfAbsent(report.id(), id -> textsOf(report)), a);
            if (hits.isEmpty()) {
                throw error(a, "its quote “" + shorten(a.exact()) + "” is not found in " + a.reportId()
                        + " (quote the passage exactly as the report page shows it, without note numbers)");
            }
            if (hits.size() > 1) {
                throw error(a, "its quote “" + shorten(a.exact()) + "” occurs " + hits.size() + " times in " + a.reportId()
                        + " (" + String.join(", ", hits.stream().map(h -> "¶ " + h.number()).toList())
                        + "); add a prefix or suffix so it is unique");
            }
            Hit hit = hits.get(0);
            marks.computeIfAbsent(report.id(), id -> new ArrayList<>()).add(new Mark(a, hit));
            anchored.add(a.anchoredTo(hit.paragraphId()));
        }
        List<Report> out = reports.stream().map(r -> marks.containsKey(r.id()) ? mark(byId.get(r.id()), marks.get(r.id())) : byId.get(r.id()))
                .toList();
        return new Result(out, anchored);
    }

    /** An annotation and the place its quote was found. */
    private record Mark(Annotation annotation, Hit hit) {
    }

    /** A paragraph's reading text (marking a quote does not change it, so it is computed once per report). */
    private record ParagraphText(Paragraph paragraph, String text) {
    }

    private static List<ParagraphText> textsOf(Report report) {
        return report.paragraphs().stream()
                .map(p -> new ParagraphText(p, TextMap.of(BlockEditor.parse(p.html())).text())).toList();
    }

    private static List<Hit> find(List<ParagraphText> paragraphs, Annotation a) {
        String exact = normalise(a.exact());
        String prefix = normalise(a.prefix());
        String suffix = normalise(a.suffix());
        List<Hit> hits = new ArrayList<>();
        for (ParagraphText pt : paragraphs) {
            Paragraph p = pt.paragraph();
            String text = pt.text();
            for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
                boolean prefixOk = prefix.isEmpty() || text.substring(0, i).stripTrailing().endsWith(prefix);
                boolean suffixOk = suffix.isEmpty() || text.substring(i + exact.length()).stripLeading().startsWith(suffix);
                if (prefixOk && suffixOk) {
                    hits.add(new Hit(p.id(), p.number(), i, i + exact.length()));
                }
            }
        }
        return hits;
    }

    /**
     * Marks the annotated passages of one report, in the annotations' order, in one pass over its paragraphs.
     * A paragraph with several annotations is written out and read again between them, as marking them one
     * report pass at a time did, so that each finds the paragraph as the one before left it.
     */
    private static Report mark(Report report, List<Mark> marks) {
        return BlockEditor.editParagraphs(report, (section, paragraph, body) -> {
            boolean first = true;
            for (Mark m : marks) {
                if (!paragraph.id().equals(m.hit().paragraphId())) {
                    continue;
                }
                if (!first) {
                    Element again = BlockEditor.parse(body.html());
                    body.empty();
                    for (org.jsoup.nodes.Node n : new ArrayList<>(again.childNodes())) {
                        body.appendChild(n);
                    }
                }
                first = false;
                mark(body, m.annotation(), m.hit());
            }
        });
    }

    private static void mark(Element body, Annotation a, Hit hit) {
        TextMap map = TextMap.of(body);
        Element marker = new Element("a").addClass("annotation-mark").attr("id", "annotated-" + a.id())
                .attr("href", "#annotation-" + a.id()).attr("aria-label", "Editors’ annotation: " + a.kindLabel())
                .text("✦");
        map.insertAfter(hit.end() - 1, marker);
        if (map.inOneNode(hit.start(), hit.end())) {
            map.wrap(hit.start(), hit.end(), new Element("mark").addClass("annotated"));
        }
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "…" : s;
    }

    private static EditionException error(Annotation a, String message) {
        String[] where = a.declaredAt().split(":(?=\\d+$)");
        return EditionException.content(where[0], Integer.parseInt(where[1]), "annotation '" + a.id() + "' " + message);
    }
}
