package org.edition.ingest.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editorial markers of edition Markdown. They are HTML comments, so any Markdown viewer hides
 * them while an editor reading the raw file sees them:
 * <ul>
 *   <li>{@code <!-- edition:page 7 -->} where page 7 of the original begins (inline or on its own line);</li>
 *   <li>{@code <!-- edition:pull-quote -->} on the line before a {@code > } block quote that is a pull
 *       quote lifted out of the running text;</li>
 *   <li>{@code <!-- edition:sidebar -->} before a block quote that is a boxed sidebar;</li>
 *   <li>{@code <!-- edition:note-breaks-off -->} at the end of a note definition whose text the source
 *       cuts off;</li>
 *   <li>{@code <!-- edition:supplied -->} at the end of a line the editors supplied, text the source does
 *       not have (a heading over author notes that have none, say).</li>
 * </ul>
 */
public final class EditionMarkers {
    private static final Pattern PAGE = Pattern.compile("<!--\\s*edition:page\\s+([^\\s>]+)\\s*-->");

    /** Marks a pull quote: the block quote on the next line. */
    public static final String PULL_QUOTE = "<!-- edition:pull-quote -->";
    /** Marks a boxed sidebar: the block quote on the next line. */
    public static final String SIDEBAR = "<!-- edition:sidebar -->";
    /** Marks a note whose text breaks off in the source. */
    public static final String NOTE_BREAKS_OFF = "<!-- edition:note-breaks-off -->";
    /**
     * Marks text supplied by the editors, not found in the source: it ends the supplied line, as in
     * {@code ## About the authors <!-- edition:supplied -->}.
     */
    public static final String SUPPLIED = "<!-- edition:supplied -->";

    private EditionMarkers() {
    }

    /** The marker for the start of an original page, like {@code <!-- edition:page 7 -->}. */
    public static String page(String number) {
        if (number == null || number.isBlank() || !number.matches("[^\\s>-]+")) {
            throw new IllegalArgumentException("a page marker needs a page number without spaces: " + number);
        }
        return "<!-- edition:page " + number + " -->";
    }

    /** The page number of a page marker, if the comment is one. */
    public static Optional<String> pageNumber(String comment) {
        Matcher m = PAGE.matcher(comment.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the comment is the given marker, ignoring spacing inside the comment. */
    public static boolean is(String comment, String marker) {
        return normalise(comment).equals(normalise(marker));
    }

    private static String normalise(String comment) {
        return comment.trim().replaceAll("\\s+", " ");
    }
}
