package org.edition.ingest.source;

import java.util.Optional;

/**
 * A YAML front matter block ({@code ---} … {@code ---} at the very top of a source) split from the
 * text that follows it.
 *
 * @param yaml      the YAML between the fences, if the source has front matter
 * @param body      the source with the front matter lines blanked out, so that line numbers in the
 *                  body still match the file
 */
public record FrontMatter(Optional<String> yaml, SourceText body) {

    /** Splits a source; a source without front matter comes back unchanged. */
    public static FrontMatter split(SourceText source) {
        String text = source.text();
        if (!text.startsWith("---\n")) {
            return new FrontMatter(Optional.empty(), source);
        }
        int end = findClosingFence(text);
        if (end < 0) {
            return new FrontMatter(Optional.empty(), source);
        }
        String yaml = text.substring(4, end);
        int afterFence = text.indexOf('\n', end + 1);
        afterFence = afterFence < 0 ? text.length() : afterFence;
        String blanked = "\n".repeat(countLines(text.substring(0, afterFence))) + text.substring(afterFence);
        return new FrontMatter(Optional.of(yaml),
                new SourceText(source.name(), blanked.substring(1), source.sha256()));
    }

    private static int findClosingFence(String text) {
        int lineStart = 4;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.equals("---") || line.equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int countLines(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
