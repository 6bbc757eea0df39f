package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;

/**
 * Finds section headings: lines in capitals, numbered headings ({@code 1.}, {@code 2.3}), and short
 * title-cased lines standing between paragraphs. A heading wrapped over two or three lines is one
 * heading, even where a page break falls inside it; numbered headings take their level from the depth
 * of their number. A heading never stands inside a sentence: the text before it must have ended.
 */
public final class HeadingDetector {
    private static final int MAX_LINES = 3;
    private static final double SHORT_NUMBERED = 0.75;
    private static final double SHORT_TAIL = 0.6;
    private static final double WIDE_CAPITALS = 0.9;
    private static final int MAX_TITLE_LINES = 5;
    /** A section number alone, with its full stop or dotted ({@code 1.}, {@code 2.3}); a bare {@code 7} may be a page's. */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile(
            "(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?|(\\d{1,2})\\.");
    private static final int MAX_TITLE_WORDS = 20;
    /** A caption or a table's source line: never part of a title. */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "(?i)(?:figure|fig\\.|table|chart|box|map|exhibit|graph|source|sources|note|notes)\\b\\s*(?:\\d+[a-z]?)?\\s*[.:].*");
    private final LineJoiner joiner;

    /** @param joiner joins the lines of a wrapped heading */
    public HeadingDetector(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /**
     * A heading found: its lines, the block it becomes, and the heading of its part's label where the
     * extractor glued the two into one line ({@code Appendix IIGAO Contact}), set before it.
     */
    public record Found(List<Integer> lines, Block.Heading block, java.util.Optional<Block.Heading> label) {

        /** A heading without a label of its own. */
        public Found(List<Integer> lines, Block.Heading block) {
            this(lines, block, java.util.Optional.empty());
        }

        /** Whether the heading opens with a section number. */
        public boolean numbered() {
            return HeadingShape.numberDepth(block.text().text()) > 0;
        }
    }

    /** A heading's lines and level, before its text is joined. */
    private record Group(List<Integer> lines, int level) {
    }

    /**
     * Finds the headings in capitals and the numbered headings, and claims their lines.
     *
     * <p>A numbered line is a heading if it is short and does not end a sentence, or if it is in title
     * case (or capitals), wrapped or not, ends as a heading may end, and a paragraph begins after it.
     * A line in capitals is a heading; one as wide as the text only if a paragraph begins after it;
     * more lines in capitals than a heading has, running on, are a paragraph in capitals.
     *
     * @param lines   the source
     * @param roles   line roles; heading lines become {@link LineRole#HEADING}
     * @param pages   the pages
     * @param profile spacing and width
     * @param log     where rejoined headings are recorded
     * @return the headings in source order
     */
    public List<Found> detect(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile, ImportLog log) {
        BodyNeighbours around = new BodyNeighbours(lines, roles, pages, profile);
        List<Group> groups = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            if (!roles.isBody(n) || !around.followsEndedText(n) && !afterListItem(lines, roles, n)) {
                continue;
            }
            Group group = strongHeading(lines, around, profile, n);
            if (group != null) {
                claim(groups, roles, group);
                n = group.lines().get(group.lines().size() - 1);
            }
        }
        return found(lines, groups, log);
    }

    /**
     * A section number alone on its line ({@code 1.}, {@code 2.3}) and the title on the next, as an extractor
     * that set the number apart leaves them: one numbered heading.
     */
    private static Group numberApart(SourceLines lines, BodyNeighbours around, LineProfile profile, int n) {
        java.util.regex.Matcher m = BARE_NUMBER.matcher(lines.get(n).text());
        int next = around.nextBody(n);
        if (!m.matches() || next == 0 || next - n > 2) {
            return null;
        }
        String title = lines.get(next).text();
        boolean titleLike = title.length() <= profile.width() * SHORT_NUMBERED && !Sentences.endsSentence(title)
                && Character.isUpperCase(title.codePointAt(0)) && HeadingShape.endsLikeHeading(title);
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        return titleLike ? new Group(List.of(n, next), 1 + number.split("\\.").length) : null;
    }

    /** Whether a numbered line follows a list item: a list ends at its last item, punctuated or not. */
    private static boolean afterListItem(SourceLines lines, LineRoles roles, int n) {
        int before = lines.previousNonBlank(n);
        return before > 0 && roles.isBody(before) && HeadingShape.numberDepth(lines.get(n).text()) > 0
                && FlowBuilder.isBulletItem(lines.get(before).text());
    }

    private static Group strongHeading(SourceLines lines, BodyNeighbours around, LineProfile profile, int n) {
        String text = lines.get(n).text();
        Group split = numberApart(lines, around, profile, n);
        if (split != null) {
            return split;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return null; // a number without a title: a page's number, a list's, or a note's set apart from its text
        }
        int depth = HeadingShape.numberDepth(text);
        int level = depth > 0 ? 1 + depth : 2;
        if (HeadingShape.isCapitals(text)) {
            List<Integer> group = continuation(lines, around, n, HeadingShape::isCapitals);
            int last = group.get(group.size() - 1);
            int next = around.nextInBlock(last);
            if (next != 0 && HeadingShape.isCapitals(lines.get(next).text()) && HeadingShape.numberDepth(
                    lines.get(next).text()) == 0 && !Sentences.endsSentence(lines.get(last).text())) {
                return null;
            }
            boolean wide = text.length() > profile.width() * WIDE_CAPITALS;
            return !wide || !lines.get(last).text().endsWith(".") && around.paragraphFollows(last)
                    ? new Group(group, level) : null;
        }
        if (depth == 0) {
            return null;
        }
        if (text.length() <= profile.width() * SHORT_NUMBERED && !Sentences.endsSentence(text)) {
            return new Group(continuation(lines, around, n, t -> isShortTail(t, profile)), level);
        }
        if (HeadingShape.isTitleCase(text)) {
            List<Integer> group = continuation(lines, around, n, HeadingShape::isTitleLike);
            int last = group.get(group.size() - 1);
            if (HeadingShape.endsLikeHeading(lines.get(last).text()) && around.paragraphFollows(last)) {
                return new Group(group, level);
            }
        }
        return null;
    }

    /**
     * Finds short lines standing between a sentence end and a new sentence, and claims them.
     *
     * @param strong the headings found by {@link #detect}, which decide the level of these
     */
    public List<Found> detectTitles(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile,
            List<Found> strong, ImportLog log) {
        BodyNeighbours around = new BodyNeighbours(lines, roles, pages, profile);
        int level = titleLevel(strong);
        List<Group> groups = new ArrayList<>();
        boolean textSeen = false;
        for (int n = 1; n <= lines.size(); n++) {
            if (!roles.isBody(n) || !around.followsEndedText(n)) {
                textSeen |= roles.isBody(n) || roles.get(n) == LineRole.HEADING;
                continue;
            }
            List<Integer> title = textSeen ? titleGroup(lines, around, profile, n) : documentTitle(lines, around, profile, n);
            textSeen = true;
            if (!title.isEmpty() && !(title.size() == 1 && lines.get(n).text().chars().allMatch(Character::isDigit))) {
                claim(groups, roles, new Group(title, level));
                n = title.get(title.size() - 1);
            }
        }
        return found(lines, groups, log);
    }

    /**
     * The level of headings without a number or capitals: where the other headings are numbered,
     * unnumbered ones are the parts around the numbered sections (summary, introduction, conclusion)
     * and stand at the top level; where the other headings are in capitals, these are below them.
     */
    static int titleLevel(List<Found> strong) {
        return strong.isEmpty() || strong.stream().anyMatch(Found::numbered) ? 2 : 3;
    }

    private List<Found> found(SourceLines lines, List<Group> groups, ImportLog log) {
        List<Found> found = new ArrayList<>();
        for (Group group : groups) {
            List<Integer> at = group.lines();
            TextRun run = TextRun.of(lines.get(at.get(0)).text(), at.get(0));
            for (int g = 1; g < at.size(); g++) {
                joiner.append(run, lines.get(at.get(g)).text(), at.get(g), "", log);
            }
            if (at.size() > 1) {
                log.did(Intervention.Kind.HEADING_REJOINED, at.get(0), run.text());
            }
            found.add(new Found(at, new Block.Heading(group.level(), run)));
        }
        return found;
    }

    private static void claim(List<Group> groups, LineRoles roles, Group group) {
        groups.add(group);
        group.lines().forEach(g -> roles.set(g, LineRole.HEADING));
    }

    /**
     * The heading's first line and the lines that continue its block in the same style (up to three
     * in all). A line opening with a section number starts a heading of its own.
     */
    private static List<Integer> continuation(SourceLines lines, BodyNeighbours around, int first,
            Predicate<String> continues) {
        List<Integer> group = new ArrayList<>(List.of(first));
        int n = first;
        while (group.size() < MAX_LINES && !Sentences.endsSentence(lines.get(n).text())) {
            int next = around.nextInBlock(n);
            if (next == 0 || HeadingShape.numberDepth(lines.get(next).text()) > 0
                    || !continues.test(lines.get(next).text())) {
                break;
            }
            group.add(next);
            n = next;
        }
        return group;
    }

    private static boolean isShortTail(String text, LineProfile profile) {
        return text.length() <= profile.width() * SHORT_TAIL && !Sentences.endsSentence(text) && !text.endsWith(",");
    }

    /**
     * A title standing between a sentence end and a new sentence: one short line, or up to five short
     * lines of one block in title case (a side heading wrapped in a narrow margin), without closing
     * punctuation, followed by a full line of text; a one-line title in title case may also be followed by
     * a short sentence or a clause introducing a list ({@code The core functions are:}). A side heading an
     * extractor moved to the top of its page may stand before the rest of a sentence from the page before.
     *
     * @return the title's lines, or none
     */
    private static List<Integer> titleGroup(SourceLines lines, BodyNeighbours around, LineProfile profile, int n) {
        List<Integer> group = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int at = n;
        while (at != 0 && group.size() < MAX_TITLE_LINES && isTitleLine(lines.get(at).text(), profile, group.isEmpty())) {
            group.add(at);
            text.append(text.length() == 0 ? "" : " ").append(lines.get(at).text());
            at = around.nextInBlock(at);
        }
        while (!group.isEmpty()) {
            String joined = String.join(" ", group.stream().map(g -> lines.get(g).text()).toList());
            int last = group.get(group.size() - 1);
            int after = around.nextBody(last);
            boolean titleCase = HeadingShape.isTitleCase(joined);
            boolean ends = !joined.matches(".*[.,;:’”\"'\\-]\\d{0,3}$") || HeadingShape.isBarePart(joined);
            String next = after == 0 ? "" : lines.get(after).text();
            boolean fullLineFollows = next.length() > profile.width() * SHORT_TAIL;
            boolean shortSentenceFollows = group.size() == 1 && titleCase
                    && (Sentences.endsSentence(next) || next.matches(".*:(?:\\[\\d{1,3}\\]|\\d{1,3})?"));
            boolean headingFollows = titleCase && HeadingShape.numberDepth(next) > 0
                    && next.length() <= profile.width() * SHORT_TAIL && !Sentences.endsSentence(next);
            boolean movedToPageTop = group.size() >= 2 && titleCase && around.firstOnPage(group.get(0))
                    && Sentences.startsLowercase(next) && fullLineFollows;
            if (ends && after != 0 && (Sentences.startsSentence(next) || movedToPageTop) && (group.size() == 1 || titleCase)
                    && WordCount.of(joined) <= MAX_TITLE_WORDS
                    && (fullLineFollows || shortSentenceFollows || headingFollows)) {
                return group;
            }
            group.remove(group.size() - 1);
        }
        return List.of();
    }

    /**
     * The document's title where nothing stands before it (no cover): its first block of text, when that is a
     * few short lines in title case or capitals ending as a title ends.
     */
    private static List<Integer> documentTitle(SourceLines lines, BodyNeighbours around, LineProfile profile, int n) {
        List<Integer> group = new ArrayList<>();
        for (int at = n; at != 0 && group.size() < 3 && isTitleLine(lines.get(at).text(), profile, group.isEmpty());
                at = around.nextInBlock(at)) {
            group.add(at);
        }
        String joined = String.join(" ", group.stream().map(g -> lines.get(g).text()).toList());
        boolean title = !group.isEmpty() && (HeadingShape.isTitleCase(joined) || HeadingShape.isCapitals(joined))
                && HeadingShape.endsLikeHeading(joined) && WordCount.of(joined) <= MAX_TITLE_WORDS;
        return title ? group : titleGroup(lines, around, profile, n);
    }

    /** A line that may be (part of) a title: short, the first opening with a capital or a digit, not a bullet item. */
    private static boolean isTitleLine(String text, LineProfile profile, boolean first) {
        return text.length() <= profile.width() * SHORT_TAIL && !text.isEmpty() && !CAPTION.matcher(text).matches()
                && (!first || Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)))
                && !text.startsWith("•") && WordCount.of(text) <= 10;
    }
}
