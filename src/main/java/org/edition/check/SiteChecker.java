package org.edition.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edition.EditionBuild;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;

/**
 * Checks a published site, offline, as a reader and a crawler would meet it, and lists the editors'
 * remaining work. The checks, in order: links, anchors and resources ({@link LinkCheck}), ids and text
 * alternatives ({@link PageStructureCheck}), reachability from the home page ({@link ReachabilityCheck}),
 * notes and back-links ({@link NoteCheck}), annotations and emendations ({@link AnchoringCheck}); then the
 * to-do list ({@link EditorsTodo}).
 */
public final class SiteChecker {

    /**
     * What the check found.
     *
     * @param problems the site's errors and warnings, in file order
     * @param todo     the editors' to-do list
     * @param files    files in the site
     * @param pages    HTML pages checked
     * @param links    addresses checked
     * @param anchors  anchors (fragments) checked
     * @param counts   how many of each kind of editorial mark were checked ("note references", "annotations" …)
     */
    public record Report(List<Diagnostic> problems, List<Diagnostic> todo, int files, int pages, int links, int anchors,
            java.util.Map<String, Integer> counts) {
        /** Problems of this severity. */
        public long count(Severity severity) {
            return problems.stream().filter(d -> d.severity() == severity).count();
        }

        /** Whether the site has errors (warnings and to-do items are not). */
        public boolean failed() {
            return count(Severity.ERROR) > 0;
        }
    }

    /**
     * Checks a site.
     *
     * @param site    the site as read from its folder
     * @param built   the build that wrote it, if {@code check} built it (for the build's part of the to-do list)
     * @param content the content folder the build read (names the sources in the to-do list)
     */
    public Report check(PublishedSite site, Optional<EditionBuild.Result> built, Path content) {
        Findings findings = new Findings();
        site.problems().forEach(findings::problem);
        new LinkCheck(site, findings).check();
        new PageStructureCheck(site, findings).check();
        new ReachabilityCheck(site, findings).check();
        new NoteCheck(site, findings).check();
        new AnchoringCheck(site, findings).check();
        EditorsTodo todo = new EditorsTodo(site, findings);
        todo.fromSite();
        built.ifPresent(b -> todo.fromBuild(b, content));
        List<Diagnostic> items = new ArrayList<>(findings.todo());
        items.sort(Diagnostic.IN_FILE_ORDER);
        return new Report(findings.problems(), List.copyOf(items), site.files().size(), site.pages().size(),
                findings.links(), findings.anchors(), findings.counts());
    }
}
