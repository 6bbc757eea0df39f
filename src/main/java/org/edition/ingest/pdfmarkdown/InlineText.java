package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;
import org.edition.ingest.notes.NoteReferenceRule;
import org.edition.ingest.notes.NoteSequence;

/**
 * Writes the inline text of one block as edition Markdown. The author's Markdown (emphasis, real
 * links, code) stays; numeric superscripts that are note references become {@code [^n]}; other
 * superscripts stay as {@code <sup>…</sup>}; links whose target the converter lost ({@code [text](#)})
 * become their text; raw HTML is escaped so that it shows as text, except the safe tags
 * {@code <sup>}, {@code <sub>} (ordinals, chemical formulas, powers) and {@code <br>} (a line break
 * the author made); bare URLs become autolinks. Every change is recorded in the import log.
 */
final class InlineText {
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>`+).+?\\k<code>"
            + "|<sup(?:\\s[^>]*)?>(?<sup>.*?)</sup>"
            + "|(?<usup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,˒][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)"
            + "|(?<image>!\\[[^\\]]*\\]\\([^)]*\\))"
            + "|\\[(?<ltext>[^\\[\\]]*(?:\\[[^\\[\\]]*\\][^\\[\\]]*)*)\\]\\((?<lurl>[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)"
            + "(?<ltitle>\\s+\"[^\"]*\")?\\)"
            + "|(?<bracket>\\\\?\\[(?<bnum>\\d{1,3})\\\\?\\])(?!\\()"
            + "|(?<auto><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]+|[^<>@\\s]+@[^<>@\\s]+\\.[A-Za-z]{2,})>)"
            + "|(?<html><(?:!--|[A-Za-z/!?])[^<>]*>?)"
            + "|(?<url>(?<![\\w/])https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]’”'*_])",
            Pattern.CASE_INSENSITIVE);
    /**
     * The characters an {@link #INLINE} match can begin with, one per alternative: a backtick, {@code <}, a
     * superscript digit, {@code !}, {@code [}, a backslash, and {@code h} of {@code http} in either case. The
     * expression tries its nine alternatives at every character; {@link #next} lets it try only here.
     */
    private static final String OPENERS = "`<!\\[hH⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern SAFE_TAG = Pattern.compile("(?i)</?(?:sup|sub)>|<br\\s*/?>");
    /** One or more note numbers in one superscript: {@code 12}, {@code 12,13}, {@code 12–14}. */
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*");
    private static final Pattern NUMBER_OR_SEPARATOR = Pattern.compile("(\\d{1,3})|\\s*([,–-])\\s*");
    private static final Pattern LINKED_NUMBER = Pattern.compile(
            "(?i)(?:<sup>)?\\\\?\\[?(\\d{1,3})\\\\?\\]?(?:</sup>)?");
    private static final Pattern LINKED_INNER = Pattern.compile("\\\\?\\[(\\d{1,3})\\\\?\\]\\(#[^)]*\\)");
    private static final Pattern NOTE_ANCHOR = Pattern.compile("(?i)#.*(?:fn|foot|note|ftn).*");
    private static final Pattern BACK_LINK = Pattern.compile("[↩\\x{FE0E}\\x{FE0F}^]+");
    private static final Pattern UNIT = Pattern.compile("(?:^|\\W)(?:km|cm|mm|m|ft)$");

    private final ImportLog log;
    /** The text {@link #wordBefore} last scanned for line breaks, and whether it has one. */
    private String scanned;
    private boolean scannedHasBreak;

    /** @param log where every change is recorded */
    InlineText(ImportLog log) {
        this.log = log;
    }

    /**
     * Writes body text: numeric superscripts are judged as note references in reading order.
     *
     * @param block    the block whose text is written (for line numbers)
     * @param text     the text, a part of the block's text starting at {@code offset}
     * @param offset   where {@code text} starts in the block's text
     * @param sequence the note sequence of the body, moved on by every reference found
     */
    String body(SourceBlock block, String text, int offset, NoteSequence sequence) {
        return render(block, text, offset, sequence);
    }

    /** Writes a note's text: superscripts in notes are never references. */
    String note(SourceBlock block, String text, int offset) {
        return render(block, text, offset, null).replaceAll(" {2,}", " ").strip();
    }

    /** The numeric superscripts and note-anchor links of a text, in order: the candidates for references. */
    static List<Integer> candidateReferences(String text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        for (int from = 0; next(m, text, from); from = m.end()) {
            String inner = m.group("sup") != null ? supNumbers(m.group("sup").trim())
                    : m.group("usup") != null ? UnicodeSuperscripts.digits(m.group("usup")) : linkedNumber(m);
            if (inner != null && NUMBERS.matcher(inner).matches() && !gluedToNumber(text, m.start(), inner)) {
                for (String n : inner.split("\\s*[,–-]\\s*")) {
                    found.add(Integer.parseInt(n));
                }
            }
        }
        return found;
    }

    /**
     * Finds the next match of {@link #INLINE} beginning at or after {@code from}, as {@code m.find()} would from
     * there: the expression is tried from the first character a match can begin with ({@link #OPENERS}) on, not
     * at every character (no match is empty, so the next search starts where the last match ended).
     */
    static boolean next(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (OPENERS.indexOf(text.charAt(i)) >= 0) {
                return m.find(i);
            }
        }
        return false;
    }

    /** The matcher {@link #next} finds matches with. */
    static Matcher inline(String text) {
        return INLINE.matcher(text);
    }

    private String render(SourceBlock block, String text, int offset, NoteSequence sequence) {
        Matcher m = INLINE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (next(m, text, last)) {
            out.append(text, last, m.start());
            int line = block.lineAt(offset + m.start());
            out.append(replacement(m, block, text, offset, line, sequence));
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private String replacement(Matcher m, SourceBlock block, String text, int offset, int line,
            NoteSequence sequence) {
        if (m.group("sup") != null) {
            return superscript(supNumbers(m.group("sup").trim()), text, m.start(), line, sequence);
        }
        if (m.group("usup") != null) {
            String judged = superscript(UnicodeSuperscripts.digits(m.group("usup")), text, m.start(), line, sequence);
            return judged.startsWith("<sup>") ? m.group() : judged; // kept: the author's own characters
        }
        if (m.group("ltext") != null) {
            return link(m, block, text, offset, line, sequence);
        }
        if (m.group("bracket") != null) {
            return bracketed(m, line, sequence);
        }
        if (m.group("url") != null) {
            return "<" + m.group("url") + ">";
        }
        if (m.group("html") != null && !SAFE_TAG.matcher(m.group("html")).matches()) {
            log.did(Kind.HTML_ESCAPED, line, m.group("html"));
            return "\\" + m.group("html");
        }
        return m.group();
    }

    private String superscript(String inner, String text, int at, int line, NoteSequence sequence) {
        if (sequence != null && NUMBERS.matcher(inner).matches() && afterUnit(text, at, inner)) {
            log.did(Kind.SUPERSCRIPT_KEPT, line, "<sup>" + inner + "</sup> after a unit of measure: a power");
            return "<sup>" + inner + "</sup>";
        }
        String word = wordBefore(text, at);
        if (sequence != null && NUMBERS.matcher(inner).matches()) {
            String references = references(word, inner, gluedToNumber(text, at, inner), line, sequence);
            if (references != null) {
                return references;
            }
        }
        String kept = "<sup>" + inner + "</sup>";
        String detail = word + kept;
        if (sequence == null || !NUMBERS.matcher(inner).matches()) {
            log.did(Kind.SUPERSCRIPT_KEPT, line, detail);
        }
        return kept;
    }

    /**
     * The references for the numbers of one superscript, their separators kept ({@code [^3],[^4]},
     * {@code [^3]–[^5]}), or null if any of them is not a reference.
     */
    private String references(String word, String inner, boolean glued, int line, NoteSequence sequence) {
        StringBuilder refs = new StringBuilder();
        List<String> labels = new ArrayList<>();
        Matcher m = NUMBER_OR_SEPARATOR.matcher(inner);
        while (m.find()) {
            if (m.group(2) != null) {
                refs.append(m.group(2));
                continue;
            }
            NoteSequence.Judged judged = sequence.next(Integer.parseInt(m.group(1)), glued);
            NoteReferenceRule.Verdict v = judged.verdict();
            if (!v.note()) {
                log.guessed(Kind.SUPERSCRIPT_KEPT, line, word + "<sup>" + inner + "</sup>: " + v.why());
                return null;
            }
            if (v.doubtful()) {
                log.guessed(Kind.OTHER, line, v.why());
            }
            refs.append("[^").append(judged.label()).append(']');
            labels.add(judged.label());
        }
        labels.forEach(label -> log.noteReference(label, line));
        return refs.toString();
    }

    /**
     * A number in brackets ({@code [12]}, or escaped), as converters of web pages leave note marks: a
     * reference where the source has that note's text and the note sequence takes it, else the text as it was.
     */
    private String bracketed(Matcher m, int line, NoteSequence sequence) {
        if (sequence != null) {
            int number = Integer.parseInt(m.group("bnum"));
            if (sequence.hasText(NoteSequence.label(number, sequence.series()))
                    || sequence.hasText(NoteSequence.label(number, sequence.series() + 1))) {
                String refs = references(m.group(), m.group("bnum"), false, line, sequence);
                if (refs != null) {
                    return refs;
                }
            }
        }
        return m.group();
    }

    private String link(Matcher m, SourceBlock block, String text, int offset, int line, NoteSequence sequence) {
        String url = m.group("lurl");
        String linkText = m.group("ltext");
        String number = linkedNumber(m);
        if (sequence != null && number != null) {
            String refs = references(m.group(), number, false, line, sequence);
            if (refs != null) {
                return refs;
            }
        }
        if (sequence == null && url.startsWith("#") && BACK_LINK.matcher(linkText.trim()).matches()) {
            log.did(Kind.OTHER, line, "back-link to the note reference removed: " + m.group());
            return "";
        }
        String inner = render(block, linkText, offset + m.start("ltext"), sequence);
        if (url.isEmpty() || url.startsWith("#")) {
            log.did(Kind.LINK_TARGET_LOST, line, linkText + (url.length() > 1 ? " (" + url + ")" : ""));
            return inner;
        }
        return "[" + inner + "](" + url + (m.group("ltitle") == null ? "" : m.group("ltitle")) + ")";
    }

    /** A superscript's text, or its number if it is a link to a note like {@code [12](#fn12)}. */
    private static String supNumbers(String inner) {
        Matcher m = LINKED_INNER.matcher(inner);
        return m.matches() ? m.group(1) : inner;
    }

    /** The number of a link like {@code [12](#fn12)} that points at a note, or null. */
    private static String linkedNumber(Matcher m) {
        if (m.group("ltext") == null || !NOTE_ANCHOR.matcher(m.group("lurl")).matches()) {
            return null;
        }
        Matcher n = LINKED_NUMBER.matcher(m.group("ltext").trim());
        return n.matches() ? n.group(1) : null;
    }

    /** Whether the superscript is glued to a number before it, like {@code 10<sup>6</sup>}. */
    private static boolean gluedToNumber(String text, int at, String inner) {
        return at > 0 && Character.isDigit(text.charAt(at - 1)) || afterUnit(text, at, inner);
    }

    /**
     * Whether a 2 or 3 is glued to a unit of length, like {@code km<sup>2</sup>}: a square or a cube.
     * Only the last three characters can hold a unit and the character before it, so only they are
     * searched (searching the whole text before made a block with many superscripts quadratic).
     */
    private static boolean afterUnit(String text, int at, String inner) {
        return (inner.equals("2") || inner.equals("3")) && UNIT.matcher(text.substring(Math.max(0, at - 3), at)).find();
    }

    /**
     * The word the superscript at {@code at} is glued to: the non-blank characters before it, as
     * {@code text.substring(0, at).replaceAll("^.*?(\\S*)$", "$1")} gives — by a backward scan when the
     * text has no line break (a paragraph's lines are joined by spaces), since that regex is quadratic.
     * (The check for line breaks is made once per text, not once per superscript.)
     */
    String wordBefore(String text, int at) {
        String before = text.substring(0, at);
        if (hasLineBreak(text)) {
            return before.replaceAll("^.*?(\\S*)$", "$1");
        }
        int start = before.length();
        while (start > 0 && !WordCount.isSpace(before.charAt(start - 1))) {
            start--;
        }
        return before.substring(start);
    }

    /** Whether a text holds a line terminator of Java regex; remembered for the text last asked about. */
    private boolean hasLineBreak(String text) {
        if (text != scanned) {
            scanned = text;
            scannedHasBreak = text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029');
        }
        return scannedHasBreak;
    }
}
