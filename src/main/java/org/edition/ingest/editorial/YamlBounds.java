package org.edition.ingest.editorial;

import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The bounds a YAML text of the content must keep before it is composed into nodes: the edition's
 * files are small lists and mappings of text, so a document deeper than {@value #MAX_DEPTH} levels,
 * with more than {@value #MAX_ALIASES} aliases or more than {@value #MAX_CODE_POINTS} characters is
 * refused with its line — whether a mistake or an attack (an alias bomb, a nesting that overflows the
 * composer's stack). The YAML is never constructed into Java objects: only composed into nodes, and
 * tags are ignored, so no tag can name a class to build.
 */
final class YamlBounds {
    /** The deepest nesting of lists and mappings. */
    static final int MAX_DEPTH = 64;
    /** The most aliases ({@code *name}) in one document. */
    static final int MAX_ALIASES = 100;
    /** The most aliases that may stand for a list or mapping (snakeyaml-engine's own check). */
    static final int MAX_COLLECTION_ALIASES = 20;
    /** The longest text, in code points. */
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private YamlBounds() {
    }

    /** The settings every YAML text of the content is read with. */
    static LoadSettings settings(String file) {
        return LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES).setCodePointLimit(MAX_CODE_POINTS).build();
    }

    /**
     * Checks a YAML text's nesting and aliases by reading its events (the parser keeps no recursion).
     *
     * @throws EditionException naming the file and line where a bound is passed
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException if the YAML is broken (reported by the caller)
     */
    static void check(String file, String yaml, int lineOffset, LoadSettings settings) {
        if (yaml.length() > MAX_CODE_POINTS) {
            throw EditionException.content(file, lineOffset, "the YAML is too large (" + yaml.length()
                    + " characters; at most " + MAX_CODE_POINTS + " code points are read)");
        }
        int depth = 0;
        int aliases = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw refused(file, event, lineOffset, "the YAML nests lists and mappings more than " + MAX_DEPTH
                                + " levels deep; the edition's files need a few");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    aliases++;
                    if (aliases > MAX_ALIASES) {
                        throw refused(file, event, lineOffset, "the YAML has more than " + MAX_ALIASES
                                + " aliases (*name); write the values out instead");
                    }
                }
                default -> {
                    // Scalars, documents and the stream need no bound beyond the text's length.
                }
            }
        }
    }

    private static EditionException refused(String file, Event event, int lineOffset, String message) {
        int line = event.getStartMark().map(Mark::getLine).orElse(-1) + 1 + lineOffset;
        int column = event.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
        return new EditionException(EditionException.Kind.CONTENT, new Diagnostic(Severity.ERROR, file, line, column, message));
    }
}
