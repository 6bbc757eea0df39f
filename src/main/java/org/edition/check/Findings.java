package org.edition.check;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;
import org.jsoup.nodes.Element;

/** What the checks find: problems with the site, and the editors' to-do list, each naming file and line. */
final class Findings {
    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<Diagnostic> todo = new ArrayList<>();
    private final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    private int links;
    private int anchors;

    void error(Page page, Element at, String message) {
        problems.add(new Diagnostic(Severity.ERROR, page.name(), Page.line(at), 0, message));
    }

    void warning(Page page, Element at, String message) {
        problems.add(new Diagnostic(Severity.WARNING, page.name(), Page.line(at), 0, message));
    }

    void problem(Diagnostic d) {
        problems.add(d);
    }

    void todo(Diagnostic d) {
        todo.add(d);
    }

    void todo(Page page, Element at, String message) {
        todo.add(new Diagnostic(Severity.INFO, page.name(), Page.line(at), 0, message));
    }

    void linkChecked() {
        links++;
    }

    void anchorChecked() {
        anchors++;
    }

    /** Counts one more thing checked of a kind ("note references", "annotations" …). */
    void counted(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    java.util.Map<String, Integer> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    List<Diagnostic> problems() {
        return problems.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
    }

    List<Diagnostic> todo() {
        return List.copyOf(todo);
    }

    int links() {
        return links;
    }

    int anchors() {
        return anchors;
    }
}
