package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.ImportLog;
import org.edition.ingest.Intervention;

/**
 * Finds section headings: lines in capitals, numbered headings ({@code 1.}, {@code 2.3}), and short
 * title-cased lines standing between paragraphs. A heading wrapped over two or three lines is one
 * heading; numbered headings take their level from the depth of their number.
 */
public final class HeadingDetector {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}.*)");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\d{1,3}$");
    private static final int MAX_LINES = 3;
    private final LineJoiner joiner;

    /** @param joiner joins the lines of a wrapped heading */
    public HeadingDetector(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /** A heading found: its level, its lines, and the block it becomes. */
    public record Found(List<Integer> lines, Block.Heading block) {
    }

    /**
     * Finds the headings in capitals and the numbered headings, and claims their lines. A heading
     * never stands inside a sentence: the text before it must end one, or lie on another page.
     *
     * @param lines   the source
     * @param roles   line roles; heading lines become {@link LineRole#HEADING}
     * @param pages   the pages
     * @param profile spacing and width
     * @param log     where rejoined headings are recorded
     * @return the headings in source order
     */
    public List<Found> detect(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile, ImportLog log) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (!roles.isBody(n) || !outsideSentence(lines, roles, pages, n)) {
                continue;
            }
            String text = lines.get(n).text();
            Matcher numbered = NUMBERED.matcher(text);
            if (isCapitals(text, profile)) {
                List<Integer> group = continuation(lines, roles, n, t -> isCapitals(t, profile));
                add(groups, levels, roles, group, 2);
                n = group.get(group.size() - 1);
            } else if (numbered.matches() && text.length() <= profile.width() * 0.75 && !Sentences.endsSentence(text)) {
                List<Integer> group = continuation(lines, roles, n, t -> isHeadingTail(t, profile));
                add(groups, levels, roles, group, 1 + numbered.group(1).split("\\.").length);
                n = group.get(group.size() - 1);
            }
        }
        return found(lines, groups, levels, log);
    }

    /**
     * Finds short title-cased lines standing between a sentence end and a new sentence, and claims them.
     *
     * @param level the level they get: below headings found before, or 2 if there were none
     */
    public List<Found> detectTitles(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile,
            int level, ImportLog log) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (roles.isBody(n) && !profile.blankAfterEveryLine() && outsideSentence(lines, roles, pages, n)
                    && isTitle(lines, roles, profile, n)) {
                add(groups, levels, roles, List.of(n), level);
            }
        }
        return found(lines, groups, levels, log);
    }

    private List<Found> found(SourceLines lines, List<List<Integer>> groups, List<Integer> levels, ImportLog log) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Integer> group = groups.get(i);
            TextRun run = TextRun.of(lines.get(group.get(0)).text(), group.get(0));
            for (int g = 1; g < group.size(); g++) {
                joiner.append(run, lines.get(group.get(g)).text(), group.get(g), "", log);
            }
            if (group.size() > 1) {
                log.did(Intervention.Kind.HEADING_REJOINED, group.get(0), run.text());
            }
            found.add(new Found(group, new Block.Heading(levels.get(i), run)));
        }
        return found;
    }

    /** Whether the line before is a sentence end, not body text, on another page, or missing. */
    private static boolean outsideSentence(SourceLines lines, LineRoles roles, List<Page> pages, int n) {
        int before = lines.previousNonBlank(n);
        if (before == 0 || !roles.isBody(before) || Sentences.endsSentence(lines.get(before).text())
                || lines.get(before).text().endsWith(":")) {
            return true;
        }
        return pages.stream().noneMatch(p -> p.holds(before) && p.holds(n));
    }

    private static void add(List<List<Integer>> groups, List<Integer> levels, LineRoles roles, List<Integer> group, int level) {
        groups.add(group);
        levels.add(level);
        group.forEach(g -> roles.set(g, LineRole.HEADING));
    }

    /** The heading's first line and the lines that continue it (up to three in all). */
    private static List<Integer> continuation(SourceLines lines, LineRoles roles, int first,
            java.util.function.Predicate<String> continues) {
        List<Integer> group = new ArrayList<>(List.of(first));
        int n = first;
        while (group.size() < MAX_LINES) {
            int next = lines.nextNonBlank(n);
            if (next == 0 || !roles.isBody(next) || next - n > 2 || Sentences.endsSentence(lines.get(n).text())
                    || !continues.test(lines.get(next).text())) {
                break;
            }
            group.add(next);
            n = next;
        }
        return group;
    }

    /** A line in capitals: letters, none of them lower case, not a sentence, not too long. */
    static boolean isCapitals(String text, LineProfile profile) {
        String t = TRAILING_NOTE.matcher(text).replaceFirst("");
        long letters = t.codePoints().filter(Character::isLetter).count();
        return letters >= 3 && t.codePoints().noneMatch(Character::isLowerCase) && t.length() <= profile.width() * 0.9
                && !t.endsWith(",") && !t.endsWith(";") && !t.contains("://") && !t.startsWith("•");
    }

    private static boolean isHeadingTail(String text, LineProfile profile) {
        return text.length() <= profile.width() * 0.6 && !Sentences.endsSentence(text) && !text.endsWith(",");
    }

    /**
     * A short line between a sentence end and a new sentence, without closing punctuation, in title
     * or sentence case.
     */
    private static boolean isTitle(SourceLines lines, LineRoles roles, LineProfile profile, int n) {
        String text = lines.get(n).text();
        String[] words = text.split("\\s+");
        if (text.length() > profile.width() * 0.6 || words.length > 10 || !Character.isUpperCase(text.codePointAt(0))
                || text.matches(".*[.,;:!?…’”\"'\\-]\\d{0,3}$") || text.startsWith("•")) {
            return false;
        }
        int after = lines.nextNonBlank(n);
        return after != 0 && roles.isBody(after) && Sentences.startsSentence(lines.get(after).text())
                && lines.get(after).length() > profile.width() * 0.6;
    }
}
