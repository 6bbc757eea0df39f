package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a line as inline pieces: raised runs that look like note marks ({@code 12},
 * {@code [3]}, {@code 4,5}, {@code *}) become marks to resolve, a {@code *} right after a word too;
 * every other character is kept as text.
 */
final class LineText {
    private static final Pattern MARK = Pattern.compile("\\[?\\s*([0-9]{1,4}(?:\\s*[,–-]\\s*[0-9]{1,4})*|[*†‡§]{1,3})\\s*]?");
    private static final Pattern PLAIN_STAR = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:”\"’)])([*†‡])(?=\\s|$)");

    private LineText() {
    }

    /** The line's pieces from run {@code from} on. */
    static List<Inline> of(TextLine line, int from) {
        List<Inline> out = new ArrayList<>();
        List<Run> runs = line.runs();
        for (int i = from; i < runs.size(); i++) {
            Run r = runs.get(i);
            String text = r.text();
            if (r.raised()) {
                String core = text.strip();
                if (MARK.matcher(core).matches()) {
                    out.add(new Inline.Mark(core, true, line.page()));
                    if (text.endsWith(" ")) {
                        out.add(new Inline.Words(" "));
                    }
                    continue;
                }
            }
            Matcher star = PLAIN_STAR.matcher(text);
            int at = 0;
            while (star.find()) {
                out.add(new Inline.Words(text.substring(at, star.start())));
                out.add(new Inline.Mark(star.group(1), false, line.page()));
                at = star.end();
            }
            out.add(new Inline.Words(text.substring(at)));
        }
        return merge(out);
    }

    /** Adjacent words merged, empty ones dropped. */
    static List<Inline> merge(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>();
        for (Inline p : pieces) {
            if (p instanceof Inline.Words w && w.text().isEmpty()) {
                continue;
            }
            if (p instanceof Inline.Words w && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Words last) {
                out.set(out.size() - 1, new Inline.Words(last.text() + w.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The plain text of pieces, marks included as printed. */
    static String plain(List<Inline> pieces) {
        StringBuilder s = new StringBuilder();
        for (Inline p : pieces) {
            if (p instanceof Inline.Words w) {
                s.append(w.text());
            } else if (p instanceof Inline.Mark m) {
                s.append(m.mark());
            }
        }
        return s.toString();
    }
}
