package org.edition.model;

/**
 * An editors' annotation attached to a passage of a report, found by quoting it (as the W3C Web
 * Annotation TextQuoteSelector does: the exact text, with a few words before and after to make it unique).
 *
 * @param id          its id ({@code inf-withdrawal}); its anchor on the report page is {@code annotation-<id>}
 * @param reportId    the report
 * @param kind        hindsight, context or correction
 * @param exact       the quoted passage
 * @param prefix      text right before it, or empty
 * @param suffix      text right after it, or empty
 * @param bodyHtml    the annotation, rendered from Markdown
 * @param declaredAt  where it is declared ({@code content/annotations.yaml:12})
 * @param paragraphId the paragraph it is attached to, once anchored; empty before
 */
public record Annotation(String id, String reportId, String kind, String exact, String prefix, String suffix,
        String bodyHtml, String declaredAt, String paragraphId) {

    /** The kinds an annotation may have. */
    public static final java.util.List<String> KINDS = java.util.List.of("hindsight", "context", "correction");

    /** The same annotation, anchored to a paragraph. */
    public Annotation anchoredTo(String paragraph) {
        return new Annotation(id, reportId, kind, exact, prefix, suffix, bodyHtml, declaredAt, paragraph);
    }

    /** How the kind is named to readers. */
    public String kindLabel() {
        return switch (kind) {
            case "hindsight" -> "What happened next";
            case "correction" -> "Correction";
            default -> "Context";
        };
    }
}
