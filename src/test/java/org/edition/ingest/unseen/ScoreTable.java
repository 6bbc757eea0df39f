package org.edition.ingest.unseen;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A plain-text table of scores, one row per document and layout, with totals per layout and overall at the foot. */
final class ScoreTable {
    private static final String FORMAT =
            "%-20s %-11s %-15s %5s  %-15s %-15s %-7s %4s  %-17s %-17s %-17s %-17s %-6s %-6s%n";

    private final StringBuilder rows = new StringBuilder();
    private final Map<String, Score> byLayout = new TreeMap<>();
    private Score total = Score.ZERO;

    /** Adds the score of one import. */
    void add(String document, String layout, Score score) {
        rows.append(row(document, layout, score));
        byLayout.merge(layout, score, Score::plus);
        total = total.plus(score);
    }

    /** The sum of the scores added. */
    Score total() {
        return total;
    }

    /** The table, with a legend. */
    String render() {
        String rule = "-".repeat(190) + "\n";
        StringBuilder layouts = new StringBuilder();
        byLayout.forEach((layout, score) -> layouts.append(row("all documents", layout, score)));
        return String.format(Locale.ROOT, FORMAT, "document", "layout", "references", "false", "note texts",
                "headings", "levels", "+hd", "body word recall", "body precision", "block breaks rec", "block breaks prec",
                "pull", "side")
                + rule + rows + rule + layouts + row("TOTAL", "", total)
                + "references: same label after the same word; false: output references not in the truth;"
                + " +hd: headings not in the truth;\n"
                + "body words by longest common subsequence; pull/side: marked pull quotes and sidebars found"
                + " (+ false ones).\n";
    }

    private static String row(String document, String layout, Score s) {
        return String.format(Locale.ROOT, FORMAT, document, layout, both(s.references()), s.falseReferences(),
                both(s.notes()), both(s.headings()), s.headingLevels(), s.falseHeadings(),
                both(s.wordRecall()), both(s.wordPrecision()), both(s.breakRecall()), both(s.breakPrecision()),
                floats(s.pullQuotes(), s.falsePullQuotes()), floats(s.sidebars(), s.falseSidebars()));
    }

    private static String both(Score.Tally tally) {
        return tally.percent() + " " + tally;
    }

    private static String floats(Score.Tally tally, int extra) {
        return tally + (extra > 0 ? "+" + extra : "");
    }
}
