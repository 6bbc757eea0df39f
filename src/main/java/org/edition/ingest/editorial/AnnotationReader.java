package org.edition.ingest.editorial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.model.Annotation;

/**
 * Reads {@code content/annotations.yaml}: the editors' annotations, each with an id, the report, a kind
 * (hindsight, context, correction), a quote selector (exact, prefix, suffix) and a Markdown body.
 * Anchoring them to paragraphs is the link stage's work.
 */
public final class AnnotationReader {
    static final Set<String> KEYS = Set.of("id", "report", "kind", "quote", "body");
    private final MarkdownEngine engine;

    public AnnotationReader(MarkdownEngine engine) {
        this.engine = engine;
    }

    /** Reads the annotations of a content folder; none if there is no annotations.yaml. */
    public List<Annotation> read(Path content, List<Diagnostic> warnings) {
        Path file = content.resolve("annotations.yaml");
        List<Annotation> annotations = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        YamlNode.readFile(file).ifPresent(root -> {
            for (YamlNode item : root.items()) {
                Map<String, YamlNode> e = item.entries();
                warnings.addAll(item.unknownKeys(KEYS));
                for (String key : List.of("id", "report", "kind", "quote", "body")) {
                    if (!e.containsKey(key)) {
                        throw item.error("an annotation needs '" + key + "'");
                    }
                }
                String id = e.get("id").text();
                if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                    throw e.get("id").error("an annotation id may hold only lower-case letters, digits and hyphens: '" + id + "'");
                }
                Integer earlier = ids.putIfAbsent(id, item.line());
                if (earlier != null) {
                    throw e.get("id").error("annotation id '" + id + "' is used twice (first at line " + earlier + ")");
                }
                String kind = e.get("kind").text();
                if (!Annotation.KINDS.contains(kind)) {
                    throw e.get("kind").error("unknown kind '" + kind + "'; the kinds are " + String.join(", ", Annotation.KINDS));
                }
                Map<String, YamlNode> quote = e.get("quote").entries();
                warnings.addAll(e.get("quote").unknownKeys(Set.of("exact", "prefix", "suffix")));
                if (!quote.containsKey("exact") || quote.get("exact").text().isEmpty()) {
                    throw e.get("quote").error("an annotation's quote needs the 'exact' text of the passage");
                }
                String body = engine.renderText(e.get("body").text()).html();
                annotations.add(new Annotation(id, e.get("report").text(), kind, quote.get("exact").text(),
                        raw(quote, "prefix"), raw(quote, "suffix"), body, file + ":" + item.line(), ""));
            }
        });
        return annotations;
    }

    private static String raw(Map<String, YamlNode> quote, String key) {
        return quote.containsKey(key) ? quote.get(key).text() : "";
    }
}
