package org.edition.ingest.body;

import java.util.Optional;

/**
 * What parsing a text's paragraphs would cost flexmark, to refuse a text that would keep the build busy for
 * minutes. flexmark's inline parser reads the rest of a paragraph again at each unclosed code span
 * ({@code `}), inline tag ({@code <b>}) and link destination ({@code ](}), so a paragraph's cost grows
 * with its length times the number of those marks: 20,000 of {@code [a](} in one paragraph of 80,000
 * characters took it a minute, 80,000 of them would take a quarter of an hour. A paragraph past
 * {@link #LIMIT} (its length times its marks; some seconds of parsing) is not read: it is a text no author
 * wrote (a corrupt or hostile source), or one that the editor can split or escape.
 */
public final class ParseCost {
    /** The highest cost read: a paragraph of 50,000 characters with 10,000 marks, or 500,000 with 1,000. */
    public static final long LIMIT = 500_000_000L;

    private ParseCost() {
    }

    /**
     * A paragraph too costly to parse.
     *
     * @param offset where it begins in the text
     * @param length its length in characters
     * @param marks  its code-span, tag and link-destination marks
     */
    public record Paragraph(int offset, int length, int marks) {
    }

    /** The first paragraph (text between blank lines) whose length times its marks passes {@link #LIMIT}, if any. */
    public static Optional<Paragraph> tooCostly(String markdown) {
        int n = markdown.length();
        int start = 0;
        int marks = 0;
        int i = 0;
        while (i <= n) {
            boolean end = i == n || (markdown.charAt(i) == '\n' && blankLineFollows(markdown, i + 1));
            if (end) {
                if ((long) (i - start) * marks > LIMIT) {
                    return Optional.of(new Paragraph(start, i - start, marks));
                }
                start = i + 1;
                marks = 0;
            } else {
                char c = markdown.charAt(i);
                if (c == '`' || c == '<' || (c == ']' && i + 1 < n && markdown.charAt(i + 1) == '(')) {
                    marks++;
                }
            }
            i++;
        }
        return Optional.empty();
    }

    /** Whether the line beginning at i holds only white space (or the text ends there). */
    private static boolean blankLineFollows(String s, int i) {
        for (; i < s.length() && s.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
