package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.edition.ingest.importer.WordCount;

/**
 * Tells headings by their typography: lines set larger than the body, or bold at about the body
 * size, short and standing as a block of at most a few lines. Each heading style (size and weight)
 * gets a level, the largest first; a bold style comes before a plain one of the same size.
 */
final class Headings {
    private final TypographicProfile profile;
    private final List<Style> styles = new ArrayList<>();

    /** A heading style: size (to the half point), weight, slant, and whether it is centred. */
    record Style(float size, boolean bold, boolean italic, boolean centred) {
        static Style of(TextLine line, boolean centred) {
            return new Style(Math.round(line.size() * 2f) / 2f, line.bold(), line.italic(), centred);
        }
    }

    Headings(TypographicProfile profile) {
        this.profile = profile;
    }

    /** Whether a line is set as a heading could be. */
    boolean styled(TextLine line) {
        String text = line.text();
        if (text.length() > 200 || text.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean larger = line.size() >= profile.body() + Math.max(1f, profile.body() * 0.1f);
        boolean bold = line.bold() && line.size() >= profile.body() * 0.9f;
        return larger || bold;
    }

    /**
     * Whether a line in the body size and weight stands as a heading: alone between blanks wider
     * than the leading, short, and either italic or centred in its column.
     *
     * @param centred whether the line is centred in its column and indented well in from its left edge
     * @param alone   whether wider blanks than the usual leading stand above and below it
     */
    boolean standsAlone(TextLine line, boolean centred, boolean alone) {
        String text = line.text();
        if (!alone || !profile.bodySized(line) || text.isEmpty() || Character.isLowerCase(text.charAt(0))
                || text.endsWith(",") || text.endsWith(";") || text.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        int words = WordCount.of(text);
        return centred && words <= 10 || line.italic() && words <= 12 && !text.matches(".*[.:]$");
    }

    /** Whether a line is set larger than the body, as a heading is. */
    boolean larger(TextLine line) {
        return line.size() >= profile.body() + Math.max(1f, profile.body() * 0.1f);
    }

    /** The most lines a heading of this style may have. */
    int maxLines(TextLine line) {
        return line.size() >= profile.body() + 1f ? 6 : 3;
    }

    /** Whether a group of heading-styled lines reads as a heading. */
    boolean isHeading(List<TextLine> group) {
        String last = group.get(group.size() - 1).text();
        if (last.endsWith(",") || last.endsWith(";") || group.size() > maxLines(group.get(0))) {
            return false;
        }
        int words = group.stream().mapToInt(l -> WordCount.of(l.text())).sum();
        return words <= 30;
    }

    /** Learns the styles of the headings found, so that levels can be given. */
    void learn(List<Style> found) {
        TreeSet<Style> distinct = new TreeSet<>(Comparator.comparingDouble(Style::size).reversed()
                .thenComparing(Style::bold, Comparator.reverseOrder())
                .thenComparing(Style::centred, Comparator.reverseOrder())
                .thenComparing(Style::italic, Comparator.reverseOrder()));
        distinct.addAll(found);
        styles.clear();
        styles.addAll(distinct);
    }

    /** The level of a heading in this style, 1 for the largest. */
    int level(Style style) {
        int i = styles.indexOf(style);
        return Math.min(6, (i < 0 ? styles.size() : i) + 1);
    }
}
