package org.edition.link;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.link.compare.ReportComparer;
import org.edition.model.Edition;

/**
 * The link stage: anchors the editors' annotations, then finds and links glossary terms, lists the
 * glossary candidates for the editors, and compares the reports. Model in, model out.
 */
public final class EditionLinker {

    /** The linked edition, warnings, and suggestions for the glossary. */
    public record Linked(Edition edition, List<Diagnostic> warnings, List<GlossaryCandidates.Candidate> candidates) {
    }

    /** Links an edition. */
    public Linked link(Edition edition) {
        AnnotationAnchorer.Result annotated = new AnnotationAnchorer().anchor(edition.reports(), edition.annotations());
        GlossaryLinker.Policy policy = GlossaryLinker.Policy.byName(edition.metadata().glossaryLinks())
                .orElse(GlossaryLinker.Policy.FIRST_IN_SECTION);
        GlossaryLinker.Result glossed = new GlossaryLinker().link(annotated.reports(), edition.glossary(), policy);
        List<Diagnostic> warnings = new ArrayList<>(glossed.warnings());
        List<GlossaryCandidates.Candidate> candidates = new GlossaryCandidates().find(glossed.reports(), edition.glossary());
        Edition linked = new Edition(edition.metadata(), glossed.reports(), glossed.glossary(), annotated.annotations(),
                edition.themes(), edition.comparison());
        Edition compared = new ReportComparer().compare(linked);
        return new Linked(compared, warnings, candidates);
    }
}
