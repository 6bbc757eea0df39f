package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the running line that carries the page number, in a dump without form feeds: the same words on
 * line after line, around a number that goes up by one each time ({@code Congressional Research Service 7},
 * {@code Page 7 GAO-05-927 Managing for Results}, {@code https://… 3/6}, {@code Case: … Page: 7 …}, a bare
 * {@code 7}). Each occurrence stands on a page of its own. Some extractors glue the running foot to the
 * end of the page's last line ({@code …for results. Page 1 GAO-05-927 Managing for Results}): the chain
 * then says which part of the line is the foot.
 */
final class PageNumberChain {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d,.\\-/])\\d{1,4}(?![\\d,.\\-]\\d)");
    private static final int LEAST = 3;
    private static final int GAP = 1;
    private static final int TYPICAL_PAGE = 12;

    /**
     * One occurrence of the numbered running line.
     *
     * @param line   its source line
     * @param number the page number it shows
     * @param from   where the running line begins in the line's text (0 when it is the whole line)
     */
    record Occurrence(int line, int number, int from) {
    }

    private PageNumberChain() {
    }

    /** A number token in a line, with the words after it. */
    private record Token(int line, int number, int start, int end, String after) {
    }

    /**
     * The occurrences of the numbered running line, in order, or none if the dump has no such line.
     *
     * @param lines the source
     */
    static List<Occurrence> find(SourceLines lines) {
        Map<String, List<Token>> byAfter = new LinkedHashMap<>();
        for (SourceLine line : lines.all()) {
            String text = line.text();
            if (line.blank() || text.length() > 300) {
                continue;
            }
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                String after = key(text.substring(m.end()));
                if (after.length() > 60) {
                    continue;
                }
                byAfter.computeIfAbsent(after, k -> new ArrayList<>())
                        .add(new Token(line.number(), Integer.parseInt(m.group()), m.start(), m.end(), after));
            }
        }
        List<Occurrence> best = List.of();
        for (List<Token> tokens : byAfter.values()) {
            List<Occurrence> chain = chain(lines, tokens);
            if (chain.size() > best.size()) {
                best = chain;
            }
        }
        return best.size() >= LEAST ? withLastPage(lines, best) : List.of();
    }

    /**
     * The chain with the page after its last occurrence, where the running line opens with the same words but
     * ends otherwise (a last page printing the date or version beside its number).
     */
    private static List<Occurrence> withLastPage(SourceLines lines, List<Occurrence> chain) {
        Occurrence last = chain.get(chain.size() - 1);
        String text = lines.get(last.line()).text().substring(last.from());
        String words = key(text.replaceAll("\\d{1,4}", ""));
        if (words.length() < 4 || last.from() > 0) {
            return chain;
        }
        Pattern next = Pattern.compile("(?<!\\d)" + (last.number() + 1) + "(?!\\d)");
        for (int n = last.line() + TYPICAL_PAGE / 4; n <= lines.size(); n++) {
            String t = lines.get(n).text();
            if (t.length() <= 120 && key(t).startsWith(words) && next.matcher(t).find()) {
                List<Occurrence> longer = new ArrayList<>(chain);
                longer.add(new Occurrence(n, last.number() + 1, 0));
                return longer;
            }
        }
        return chain;
    }

    /** The longest run of tokens whose numbers go up by one (a page or two may lack it) with the same words before. */
    private static List<Occurrence> chain(SourceLines lines, List<Token> tokens) {
        List<Occurrence> best = List.of();
        for (int s = 0; s < tokens.size(); s++) {
            List<Token> run = new ArrayList<>(List.of(tokens.get(s)));
            Token last = tokens.get(s);
            for (int t = s + 1; t < tokens.size(); t++) {
                Token next = tokens.get(t);
                int step = next.number() - last.number();
                if (step >= 1 && step <= 2 && next.line() - last.line() >= GAP * step && samePrefix(lines, last, next)) {
                    run.add(next);
                    last = next;
                }
            }
            if (run.size() > best.size() && run.size() >= LEAST && medianGap(run) >= TYPICAL_PAGE) {
                best = occurrences(lines, run);
            }
            if (best.size() * 2 > tokens.size()) {
                break;
            }
        }
        return best;
    }

    /** The median number of lines between occurrences: a page's worth, at least a dozen lines in any dump. */
    private static int medianGap(List<Token> run) {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < run.size(); i++) {
            gaps.add(run.get(i).line() - run.get(i - 1).line());
        }
        gaps.sort(Integer::compare);
        return gaps.get(gaps.size() / 2);
    }

    /** Whether two tokens share the words before them: a bare number, or at least a word of the same text. */
    private static boolean samePrefix(SourceLines lines, Token a, Token b) {
        String pa = lines.get(a.line()).text().substring(0, a.start());
        String pb = lines.get(b.line()).text().substring(0, b.start());
        if (pa.isBlank() && pb.isBlank()) {
            return a.after().isEmpty() && b.after().isEmpty() && lines.get(a.line()).text().length() == a.end() - a.start()
                    && lines.get(b.line()).text().length() == b.end() - b.start();
        }
        String common = commonSuffix(pa, pb);
        return key(common).length() >= 3;
    }

    private static List<Occurrence> occurrences(SourceLines lines, List<Token> run) {
        String common = null;
        for (Token t : run) {
            String before = lines.get(t.line()).text().substring(0, t.start());
            common = common == null ? before : commonSuffix(common, before);
        }
        List<Occurrence> found = new ArrayList<>();
        for (Token t : run) {
            String text = lines.get(t.line()).text();
            int from = Math.max(0, t.start() - common.length());
            found.add(new Occurrence(t.line(), t.number(), text.substring(0, from).isBlank() ? 0 : from));
        }
        return found;
    }

    private static String commonSuffix(String a, String b) {
        int i = a.length();
        int j = b.length();
        while (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1)) {
            i--;
            j--;
        }
        return a.substring(i);
    }

    /** Letters and digits, lower-cased: the words of a running line whatever its spacing. */
    static String key(String text) {
        StringBuilder s = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(s::appendCodePoint);
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The pages before the chain's first occurrence that print the same running line without a number
     * (a summary, a contents page): their lines, in order.
     */
    static List<Integer> unnumberedBefore(SourceLines lines, List<Occurrence> chain) {
        Occurrence first = chain.get(0);
        String text = lines.get(first.line()).text().substring(first.from());
        String words = key(text.replaceAll("\\d{1,4}", ""));
        List<Integer> found = new ArrayList<>();
        if (words.length() < 4) {
            return found;
        }
        for (int n = 1; n < first.line(); n++) {
            if (!lines.get(n).blank() && key(lines.get(n).text()).equals(words)) {
                found.add(n);
            }
        }
        return found;
    }

    /** Whether the chain's running line is glued to text on some of its lines. */
    static boolean glued(List<Occurrence> chain) {
        return chain.stream().anyMatch(o -> o.from() > 0);
    }

    /** The occurrence on a line, if any. */
    static Optional<Occurrence> at(List<Occurrence> chain, int line) {
        return chain.stream().filter(o -> o.line() == line).findFirst();
    }
}
