package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import org.edition.ingest.source.SourceText;

/** The lines of a source, addressed by their 1-based line numbers. */
public final class SourceLines {
    private final List<SourceLine> lines;

    private SourceLines(List<SourceLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Reads the lines of a source. */
    public static SourceLines of(SourceText source) {
        return of(source.text());
    }

    /** Reads the lines of a text. */
    public static SourceLines of(String text) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int count = raw.length;
        if (count > 1 && raw[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            lines.add(SourceLine.of(i + 1, raw[i]));
        }
        return new SourceLines(lines);
    }

    /** These lines with the text of one line replaced (a running foot cut from its end). */
    public SourceLines withText(int number, String text) {
        List<SourceLine> copy = new ArrayList<>(lines);
        SourceLine old = lines.get(number - 1);
        copy.set(number - 1, new SourceLine(number, text, old.indent(), 0, old.formFeed()));
        return new SourceLines(copy);
    }

    /** These lines with the text of one line replaced and standing at another column (a margin cut off its start). */
    public SourceLines withText(int number, String text, int indent) {
        List<SourceLine> copy = new ArrayList<>(lines);
        SourceLine old = lines.get(number - 1);
        copy.set(number - 1, new SourceLine(number, text, indent, old.trailingSpaces(), old.formFeed()));
        return new SourceLines(copy);
    }

    /** The line with this 1-based number. */
    public SourceLine get(int number) {
        return lines.get(number - 1);
    }

    /** The number of the last line. */
    public int size() {
        return lines.size();
    }

    /** All lines in order. */
    public List<SourceLine> all() {
        return lines;
    }

    /** The next non-blank line after {@code number}, or 0 if none. */
    public int nextNonBlank(int number) {
        for (int n = number + 1; n <= size(); n++) {
            if (!get(n).blank()) {
                return n;
            }
        }
        return 0;
    }

    /** The previous non-blank line before {@code number}, or 0 if none. */
    public int previousNonBlank(int number) {
        for (int n = number - 1; n >= 1; n--) {
            if (!get(n).blank()) {
                return n;
            }
        }
        return 0;
    }
}
