package org.edition.ingest.pdftext;

import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Joins a wrapped line onto the text before it: with a space, or without one where a URL or a word
 * was broken at the line end. Every join that changes more than a space is recorded.
 */
public final class LineJoiner {
    /** The rest of a URL: opening lower-case, with a digit or a query or fragment sign, or with a capital if a path follows. */
    private static final Pattern URL_REST = Pattern.compile(
            "(?:[\\p{Ll}\\d?#&=~%]|\\p{Lu}(?=[\\w\\-.]*[/?=&]))[\\w\\-./?=&%#~+:;,]*");
    private static final Pattern URL_PATH = Pattern.compile(".*(/|\\.(?:html?|pdf|aspx?|php)\\b).*");
    private final HyphenResolver hyphens;

    /** @param hyphens decides about hyphens at line ends */
    public LineJoiner(HyphenResolver hyphens) {
        this.hyphens = hyphens;
    }

    /**
     * How two pieces of text join.
     *
     * @param dropLast  whether the last character before the join (a hyphen) goes
     * @param separator what goes between them: a space or nothing
     * @param kind      the intervention to record, or null for a plain space
     * @param guessed   whether the decision is a guess
     * @param detail    the words concerned
     */
    public record Join(boolean dropLast, String separator, Intervention.Kind kind, boolean guessed, String detail) {
        static final Join SPACE = new Join(false, " ", null, false, "");
    }

    /** Decides how {@code next} joins onto {@code before}. */
    public Join decide(String before, String next) {
        if (before.isEmpty() || next.isEmpty()) {
            return new Join(false, before.isEmpty() ? "" : " ", null, false, "");
        }
        String last = before.substring(before.lastIndexOf(' ') + 1);
        String first = next.split("\\s+", 2)[0];
        if (isUrl(last)) {
            return urlJoin(last, first);
        }
        if (last.endsWith("-") && last.length() > 1 && Character.isLetterOrDigit(last.charAt(last.length() - 2))) {
            HyphenResolver.Decision d = hyphens.decide(last, first);
            Intervention.Kind kind = d.keep() ? Intervention.Kind.HYPHEN_KEPT : Intervention.Kind.HYPHEN_JOINED;
            return new Join(!d.keep(), "", kind, d.guessed(), d.word() + " (" + d.reason() + ")");
        }
        return Join.SPACE;
    }

    private static Join urlJoin(String last, String first) {
        String detail = last + first;
        if (!URL_REST.matcher(first).matches()) {
            return Join.SPACE;
        }
        if (last.endsWith("-") || last.endsWith("/") || last.endsWith("_") || last.endsWith("=")
                || last.endsWith("?") || last.endsWith("&")) {
            return new Join(false, "", Intervention.Kind.URL_REJOINED, false, detail);
        }
        if (!last.endsWith(".") && !last.endsWith(",") && URL_PATH.matcher(first).matches()) {
            return new Join(false, "", Intervention.Kind.URL_REJOINED, true, detail);
        }
        return Join.SPACE;
    }

    /** Brackets and quotes a line's last token may open with before a URL (compiled once: it is asked of every line). */
    private static final java.util.regex.Pattern OPENING_MARKS = java.util.regex.Pattern.compile("^[(<\\[“\"‘']+");

    /** Whether a token is (the beginning of) a URL. */
    static boolean isUrl(String token) {
        String t = OPENING_MARKS.matcher(token).replaceFirst("");
        return t.contains("://") || t.startsWith("www.");
    }

    /**
     * Appends {@code next} to the run, recording the join.
     *
     * @param run    the text so far
     * @param next   the next line's text
     * @param line   the next line's source line
     * @param marker markup to put at the join point (a page marker), or empty
     * @param log    where interventions are recorded
     */
    public void append(TextRun run, String next, int line, String marker, ImportLog log) {
        Join join = decide(run.text(), next);
        if (join.dropLast()) {
            run.dropLast();
        }
        run.append(join.separator(), line);
        if (!marker.isEmpty()) {
            run.mark(marker);
        }
        run.append(next, line);
        if (join.kind() != null) {
            if (join.guessed()) {
                log.guessed(join.kind(), line, join.detail());
            } else {
                log.did(join.kind(), line, join.detail());
            }
        }
    }
}
