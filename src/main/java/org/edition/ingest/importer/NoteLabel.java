package org.edition.ingest.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note label of edition Markdown read for what it says: a number of a series ({@code 12} is note 12
 * of the first series, {@code 3-2} note 3 of the second, where the numbering starts again), a symbol
 * ({@code *}, {@code †}), or a name an author chose ({@code intro}).
 *
 * @param text   the label as written
 * @param kind   which of the three it is
 * @param number the note's number in its series; 0 unless numbered
 * @param series the series, from 1; 0 unless numbered
 */
public record NoteLabel(String text, Kind kind, int number, int series) {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,6})(?:-(\\d{1,3}))?");
    private static final Pattern SYMBOL = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What a label is. */
    public enum Kind {
        /** {@code 12}, or {@code 12-2} in a second series. */
        NUMBERED,
        /** {@code *}, {@code †}, {@code **} … */
        SYMBOL,
        /** Anything else: a label an author chose in clean Markdown. */
        NAMED
    }

    /** Reads a label; a label is never refused, only classified. */
    public static NoteLabel parse(String text) {
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(1));
            int series = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            if (number > 0 && series >= 1 && (m.group(2) == null || series >= 2)) {
                return new NoteLabel(text, Kind.NUMBERED, number, series);
            }
        }
        return new NoteLabel(text, SYMBOL.matcher(text).matches() ? Kind.SYMBOL : Kind.NAMED, 0, 0);
    }

    /** The label of note {@code number} in series {@code series}, as the importers write it. */
    public static String of(int number, int series) {
        return series == 1 ? String.valueOf(number) : number + "-" + series;
    }

    /** Whether this is a number of a series. */
    public boolean numbered() {
        return kind == Kind.NUMBERED;
    }
}
