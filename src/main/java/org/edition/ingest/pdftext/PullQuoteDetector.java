package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.ingest.furniture.RunningLineKey;
import org.edition.ingest.importer.WordCount;

/**
 * Finds pull quotes: runs of short lines that repeat words of the body printed elsewhere, often in
 * fragments joined by ellipses, sometimes broken off at a page break. A short line that merely ends a
 * paragraph is not one: a single line counts only if it opens with an ellipsis, or stands at a page
 * break without ending a sentence. Lines in title case without closing punctuation are a heading, not a
 * quote, even where their words recur (a side heading naming a figure's label).
 */
public final class PullQuoteDetector {
    private static final double SHORT = 0.55;
    private static final int MIN_PIECE = 6;
    private static final int MIN_LETTERS = 15;
    private static final int WHOLE_SENTENCE_WORDS = 10;
    /**
     * The longest pull quote looked for, in lines. Without a bound, a long run of short lines (a text
     * broken after every word) made the search cubic in the run's length and the import hang.
     */
    static final int MAX_QUOTE_LINES = 64;

    /**
     * Finds the pull quotes and claims their lines.
     *
     * @param lines   the source
     * @param roles   line roles; pull-quote lines become {@link LineRole#PULL_QUOTE}
     * @param pages   the pages
     * @param profile the line width
     * @return the lines of each pull quote, in source order
     */
    public List<List<Integer>> detect(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile) {
        BodyText body = new BodyText(lines, roles);
        List<List<Integer>> candidates = new ArrayList<>();
        for (List<Integer> run : shortRuns(lines, roles, profile)) {
            List<Integer> quote = bestQuote(run, lines, body, pages);
            if (!quote.isEmpty()) {
                candidates.add(quote);
            }
        }
        boolean elided = candidates.stream().anyMatch(q -> q.stream().anyMatch(n -> lines.get(n).text().contains("…")
                || lines.get(n).text().contains("...")));
        List<List<Integer>> found = new ArrayList<>();
        for (List<Integer> quote : candidates) {
            if (elided || quote.size() == 1 || readsAsAWholeSentence(quote, lines)) {
                found.add(quote);
                quote.forEach(n -> roles.set(n, LineRole.PULL_QUOTE));
            }
        }
        return found;
    }

    private static List<List<Integer>> shortRuns(SourceLines lines, LineRoles roles, LineProfile profile) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            LineRole role = roles.get(n);
            boolean passable = role == LineRole.BLANK || role == LineRole.RUNNING_HEAD || role == LineRole.PAGE_NUMBER
                    || role == LineRole.FOOTNOTE;
            if (passable) {
                continue;
            }
            String text = lines.get(n).text();
            if (role == LineRole.BODY && text.length() <= profile.width() * SHORT && !text.startsWith("•")) {
                run.add(n);
            } else {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The longest part of a run of short lines that is a pull quote, or an empty list. */
    private static List<Integer> bestQuote(List<Integer> run, SourceLines lines, BodyText body, List<Page> pages) {
        for (int size = Math.min(run.size(), MAX_QUOTE_LINES); size >= 1; size--) {
            for (int s = 0; s + size <= run.size(); s++) {
                List<Integer> part = run.subList(s, s + size);
                if (isQuote(part, lines, body, pages)) {
                    return List.copyOf(part);
                }
            }
        }
        return List.of();
    }

    private static boolean isQuote(List<Integer> part, SourceLines lines, BodyText body, List<Page> pages) {
        String first = lines.get(part.get(0)).text();
        String last = lines.get(part.get(part.size() - 1)).text();
        if (part.size() == 1) {
            boolean opensWithEllipsis = first.startsWith("…") || first.startsWith("...");
            boolean fragmentAtBreak = !Sentences.endsSentence(first) && atPageBreak(part.get(0), body, pages);
            if (!opensWithEllipsis && !fragmentAtBreak) {
                return false;
            }
        }
        if (someLineOccursNowhereElse(part, lines, body)) {
            return false;
        }
        int letters = 0;
        List<String> pieces = pieces(part, lines);
        for (String piece : pieces) {
            String key = RunningLineKey.letters(piece);
            if (key.length() < MIN_PIECE) {
                continue;
            }
            String[] lineParts = piece.split("\n");
            // The piece can occur elsewhere only if each of its line parts does: check those first (cheap).
            if (allOccurOutside(lineParts, body, part) && body.occursOutside(key, part)) {
                letters += key.length();
                continue;
            }
            for (String linePart : lineParts) {
                String partKey = RunningLineKey.letters(linePart);
                if (partKey.length() < MIN_PIECE) {
                    continue;
                }
                if (!body.occursOutside(partKey, part)) {
                    return false;
                }
                letters += partKey.length();
            }
        }
        if (letters < MIN_LETTERS || words(part, lines) < 3 || last.isEmpty()) {
            return false;
        }
        String joined = String.join(" ", part.stream().map(n -> lines.get(n).text()).toList());
        return !(HeadingShape.isTitleCase(joined) && HeadingShape.endsLikeHeading(joined));
    }

    private static int words(List<Integer> part, SourceLines lines) {
        int words = 0;
        for (int n : part) {
            words += WordCount.of(lines.get(n).text());
        }
        return words;
    }

    /**
     * A quick refusal, equivalent to the full check: in a part without ellipses, a line whose letters
     * occur nowhere outside the part makes it no quote (the piece holding it cannot occur elsewhere either).
     */
    private static boolean someLineOccursNowhereElse(List<Integer> part, SourceLines lines, BodyText body) {
        for (int n : part) {
            if (body.hasEllipsis(n, lines)) {
                return false;
            }
        }
        for (int n : part) {
            String key = body.key(n, lines);
            if (key.length() >= MIN_PIECE && !body.occursOutside(key, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOccurOutside(String[] lineParts, BodyText body, List<Integer> part) {
        for (String linePart : lineParts) {
            String partKey = RunningLineKey.letters(linePart);
            if (partKey.length() >= MIN_PIECE && !body.occursOutside(partKey, part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a quote is a whole sentence of prose: in a dump whose quotes never elide words with an ellipsis
     * (the mark of a designer's pull quotes), repeated words in short lines are more often a figure's labels
     * or a table's cells, so only a sentence of ten words or more, in sentence case, counts (or a single
     * line, which counts only at a page break, inside a sentence).
     */
    private static boolean readsAsAWholeSentence(List<Integer> quote, SourceLines lines) {
        String joined = String.join(" ", quote.stream().map(n -> lines.get(n).text()).toList());
        return WordCount.of(joined) >= WHOLE_SENTENCE_WORDS && Sentences.endsSentence(joined)
                && !HeadingShape.isTitleCase(joined);
    }

    /** The fragments of a quote, split at ellipses; each keeps its line breaks. */
    private static List<String> pieces(List<Integer> part, SourceLines lines) {
        StringBuilder joined = new StringBuilder();
        for (int n : part) {
            joined.append(lines.get(n).text()).append('\n');
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : joined.toString().split("…|\\.\\.\\.")) {
            pieces.add(piece);
        }
        return pieces;
    }

    private static boolean atPageBreak(int line, BodyText body, List<Page> pages) {
        int before = body.previous(line);
        int after = body.next(line);
        return pageOf(pages, line) != pageOf(pages, after) || pageOf(pages, line) != pageOf(pages, before);
    }

    private static int pageOf(List<Page> pages, int line) {
        for (Page page : pages) {
            if (page.holds(line)) {
                return page.index();
            }
        }
        return -1;
    }

    /** The letters of all body lines, with where each line's letters begin. */
    private static final class BodyText {
        private final StringBuilder letters = new StringBuilder();
        private final TreeMap<Integer, Integer> startOfLine = new TreeMap<>();
        private final List<Integer> bodyLines = new ArrayList<>();
        /** First and last place of each key looked up: a key occurs outside a stretch iff one of them does. */
        private final Map<String, int[]> places = new java.util.HashMap<>();
        private final Map<Integer, String> keys = new java.util.HashMap<>();

        String key(int line, SourceLines lines) {
            return keys.computeIfAbsent(line, n -> RunningLineKey.letters(lines.get(n).text()));
        }

        boolean hasEllipsis(int line, SourceLines lines) {
            String text = lines.get(line).text();
            return text.contains("…") || text.contains("...");
        }

        BodyText(SourceLines lines, LineRoles roles) {
            for (int n = 1; n <= lines.size(); n++) {
                if (roles.isBody(n)) {
                    startOfLine.put(n, letters.length());
                    bodyLines.add(n);
                    letters.append(RunningLineKey.letters(lines.get(n).text()));
                }
            }
        }

        /** Whether the letters occur in the body other than in the given lines. */
        boolean occursOutside(String key, List<Integer> own) {
            int from = startOfLine.get(own.get(0));
            Map.Entry<Integer, Integer> after = startOfLine.higherEntry(own.get(own.size() - 1));
            int to = after == null ? letters.length() : after.getValue();
            int[] place = places.computeIfAbsent(key, k -> new int[] {letters.indexOf(k), letters.lastIndexOf(k)});
            return place[0] >= 0 && (place[0] + key.length() <= from || place[1] >= to);
        }

        int previous(int line) {
            int i = bodyLines.indexOf(line);
            return i > 0 ? bodyLines.get(i - 1) : 0;
        }

        int next(int line) {
            int i = bodyLines.indexOf(line);
            return i >= 0 && i + 1 < bodyLines.size() ? bodyLines.get(i + 1) : 0;
        }
    }
}
