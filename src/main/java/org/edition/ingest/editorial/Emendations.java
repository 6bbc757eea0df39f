package org.edition.ingest.editorial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.model.Emendation;

/**
 * The editors' emendations, from {@code content/emendations.yaml}: each names a report, the exact
 * text to correct (as {@code edition import} shows it), the replacement and the reason. Applied to the
 * imported text; a text that is not found, or found more than once, is an error naming the emendation.
 */
public final class Emendations {
    /** The keys of one emendation. */
    static final Set<String> KEYS = Set.of("report", "text", "replacement", "reason");

    private final List<Declared> declared;

    private Emendations(List<Declared> declared) {
        this.declared = List.copyOf(declared);
    }

    /** No emendations. */
    public static Emendations none() {
        return new Emendations(List.of());
    }

    /** One emendation as declared, with its line. */
    record Declared(String report, String text, String replacement, String reason, YamlNode node) {
    }

    /**
     * Reads {@code emendations.yaml} from the content folder; none if the file does not exist.
     *
     * @throws EditionException naming file and line for a malformed entry
     */
    public static Emendations read(Path content, List<Diagnostic> warnings) {
        Path file = content.resolve("emendations.yaml");
        List<Declared> list = new ArrayList<>();
        YamlNode.readFile(file).ifPresent(root -> {
            for (YamlNode item : root.items()) {
                Map<String, YamlNode> e = item.entries();
                warnings.addAll(item.unknownKeys(KEYS));
                for (String key : List.of("report", "text", "replacement", "reason")) {
                    if (!e.containsKey(key)) {
                        throw item.error("an emendation needs '" + key + "' (it has: " + String.join(", ", e.keySet()) + ")");
                    }
                }
                String original = e.get("text").text();
                if (original.isEmpty()) {
                    throw e.get("text").error("an emendation's text cannot be empty");
                }
                list.add(new Declared(e.get("report").text(), original, e.get("replacement").text(), e.get("reason").text(), item));
            }
        });
        return new Emendations(list);
    }

    /** The result of applying the emendations to one report's text. */
    public record Applied(String markdown, List<Emendation> emendations) {
    }

    /**
     * Applies every emendation for a report to its imported Markdown.
     *
     * @param reportId   the report's id
     * @param sourceFile the source's file name (an emendation may name it instead of the id)
     * @throws EditionException if an emendation's text is not found, or found more than once
     */
    public Applied apply(String reportId, String sourceFile, String markdown) {
        String text = markdown;
        List<Emendation> applied = new ArrayList<>();
        for (Declared d : declared) {
            if (!d.report().equals(reportId) && !sourceFile.endsWith("/" + d.report()) && !sourceFile.equals(d.report())) {
                continue;
            }
            int first = text.indexOf(d.text());
            if (first < 0) {
                throw d.node().error("emendation of \"" + shorten(d.text()) + "\" in " + reportId
                        + ": the text is not found in the imported report (check it against `edition import`)");
            }
            if (text.indexOf(d.text(), first + 1) >= 0) {
                throw d.node().error("emendation of \"" + shorten(d.text()) + "\" in " + reportId
                        + ": the text occurs more than once; quote more of it so it is unique");
            }
            int number = applied.size() + 1;
            String id = "emendation-" + number;
            String marked = "<span data-emendation=\"" + number + "\">" + d.replacement() + "</span>";
            text = text.substring(0, first) + marked + text.substring(first + d.text().length());
            applied.add(new Emendation(id, reportId, d.text(), d.replacement(), d.reason(),
                    d.node().file() + ":" + d.node().line()));
        }
        return new Applied(text, applied);
    }

    /** Emendations naming a report that does not exist. */
    public List<EditionException> unmatched(Set<String> reportIds, Set<String> sourceFiles) {
        List<EditionException> errors = new ArrayList<>();
        for (Declared d : declared) {
            boolean known = reportIds.contains(d.report()) || sourceFiles.stream().anyMatch(f -> f.equals(d.report()) || f.endsWith("/" + d.report()));
            if (!known) {
                errors.add(d.node().error("emendation names report '" + d.report() + "', which does not exist; the reports are "
                        + String.join(", ", new java.util.TreeSet<>(reportIds))));
            }
        }
        return errors;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
