package org.edition.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;
import org.edition.EditionBuild;
import org.edition.ingest.importer.Intervention;
import org.edition.link.GlossaryCandidates;
import org.edition.model.Report;
import org.jsoup.nodes.Element;

/**
 * The editors' to-do list: not faults of the site, but the work left. From the site: the notes the
 * sources cite without holding their text. From the build, when {@code check} built the site: the
 * importers' doubtful interventions and warnings (lines to check against the source), and the glossary
 * candidates, placed at the paragraph where each first occurs.
 */
final class EditorsTodo {
    private static final Pattern FIRST_AT = Pattern.compile("(\\S+) ¶ (\\d+)$");

    private final PublishedSite site;
    private final Findings findings;

    EditorsTodo(PublishedSite site, Findings findings) {
        this.site = site;
        this.findings = findings;
    }

    /** The notes without text, one item per report page: from the site alone. */
    void fromSite() {
        for (Page page : site.pages()) {
            List<Element> missing = page.document().select("[role=doc-endnote].note-missing");
            if (missing.isEmpty()) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            missing.forEach(n -> labels.add(n.selectFirst(".note-label") == null ? n.id()
                    : n.selectFirst(".note-label").text().replaceFirst("\\.$", "")));
            findings.todo(page, missing.get(0), missing.size() + (missing.size() == 1 ? " note" : " notes")
                    + " the source cites without holding the text (" + org.edition.ingest.importer.ImportReport.range(labels)
                    + "): find the text in the original, or leave the editors' statement");
        }
    }

    /**
     * The work the build left: doubtful interventions, warnings and notes of the build, glossary candidates.
     *
     * @param built   the build's result
     * @param content the content folder, as the user named it
     */
    void fromBuild(EditionBuild.Result built, Path content) {
        for (Report r : built.edition().reports()) {
            String source = content.resolve(r.source().file()).toString();
            for (Intervention i : r.importReport().doubtful()) {
                findings.todo(new Diagnostic(Severity.INFO, source, i.line(), 0, "check the import: " + i.kind().label() + ": " + i.detail()));
            }
        }
        for (Diagnostic d : built.diagnostics()) {
            findings.todo(d);
        }
        for (GlossaryCandidates.Candidate c : built.glossaryCandidates()) {
            String message = "glossary candidate without an entry: " + c;
            Matcher m = FIRST_AT.matcher(c.firstAt());
            String path = m.find() ? "reports/" + m.group(1) + ".html" : "";
            Element paragraph = site.page(path).map(p -> p.ids().get("p" + m.group(2))).orElse(null);
            if (paragraph != null) {
                findings.todo(site.page(path).get(), paragraph, message);
            } else {
                findings.todo(new Diagnostic(Severity.INFO, content.resolve("glossary.yaml").toString(), 0, 0, message));
            }
        }
    }
}
