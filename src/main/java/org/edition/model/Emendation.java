package org.edition.model;

/**
 * An editor's correction of a reading, applied to a report's text without touching the raw source.
 *
 * @param id          its anchor on the report page ({@code emendation-1})
 * @param reportId    the report it applies to
 * @param original    the text as the source (after import) reads it
 * @param replacement the text the edition prints instead
 * @param reason      why, in the editors' words
 * @param declaredAt  where it is declared ({@code content/emendations.yaml:12})
 */
public record Emendation(String id, String reportId, String original, String replacement, String reason,
        String declaredAt) {
}
