package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.contents.ContentsTitles;
import org.edition.ingest.furniture.PrintedPageNumber;
import org.edition.ingest.furniture.RunningLineKey;

/**
 * Finds the running heads, running feet and page numbers a page break drags into the text. They are
 * recognised by where they stand (among the first or last lines of a page) and by repetition (the same
 * words on several pages, the page number aside), or, for a head printed only once, by standing set
 * apart next to a page number. A number that stays the same on every page (a series or report
 * number) is not a page number.
 */
public final class RunningHeadDetector {
    /** How many lines at the top of a page may be its running head (a court's header takes four). */
    private static final int TOP_ZONE = 4;
    /** How many lines at the foot (a note's number alone may stand just above the page number). */
    private static final int ZONE = 3;
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,4})\\s*(?:[|•·–—]|\\s)\\s*\\D.*");
    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*[^\\d\\s]\\s*(?:[|•·–—]|\\s)\\s*(\\d{1,4})");

    /** What kind of page furniture a line is. */
    public enum Kind { RUNNING_HEAD, PAGE_NUMBER }

    /**
     * One line of page furniture.
     *
     * @param line          its source line
     * @param kind          running head (or foot) or page number
     * @param printedNumber the page number it shows, or -1
     */
    public record Furniture(int line, Kind kind, int printedNumber) {
    }

    /**
     * Finds the furniture of known pages.
     *
     * @param lines   the source
     * @param pages   its pages (at least two for repetition to tell anything)
     * @param profile its spacing
     * @param roles   line roles; only body lines are considered
     * @return furniture by source line, in line order
     */
    public SortedMap<Integer, Furniture> detect(SourceLines lines, List<Page> pages, LineProfile profile, LineRoles roles) {
        return detect(lines, pages, profile, roles, ContentsTitles.none());
    }

    /**
     * Finds the furniture of known pages; a title the contents list names, standing once at a page's top, is
     * that page's heading, not a running head.
     *
     * @param titles the titles of the report's contents list
     */
    public SortedMap<Integer, Furniture> detect(SourceLines lines, List<Page> pages, LineProfile profile, LineRoles roles,
            ContentsTitles titles) {
        SortedMap<Integer, Furniture> found = new TreeMap<>();
        Map<Integer, Integer> pageOfLine = new TreeMap<>();
        for (Page page : pages) {
            for (int n : zone(roles, page)) {
                pageOfLine.put(n, page.index());
            }
        }
        Map<Integer, String> keyOf = new TreeMap<>();
        pageOfLine.keySet().forEach(n -> keyOf.put(n, RunningLineKey.of(lines.get(n).text())));
        findPageNumbers(lines, pageOfLine, keyOf, found);
        findRepeatedHeads(lines, pages, pageOfLine, keyOf, found);
        findLoneHeads(lines, pages, profile, pageOfLine, found, titles);
        return found;
    }

    /**
     * Where pages begin in a dump without form feeds: at each group of repeated heads and page numbers.
     *
     * @return the first lines of pages, or an empty list if the text repeats no furniture
     */
    public List<Integer> pageStarts(SourceLines lines, LineProfile profile, int lastLine) {
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int n = 1; n <= lastLine; n++) {
            SourceLine line = lines.get(n);
            String key = RunningLineKey.letters(line.text());
            if (!line.blank() && key.length() >= 4 && line.length() <= profile.width() * 1.2) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        Set<Integer> furniture = new TreeSet<>();
        byKey.values().stream().filter(at -> at.size() >= 3 && spread(at) >= 10).forEach(furniture::addAll);
        for (int n = 1; n <= lastLine; n++) {
            String text = lines.get(n).text();
            Optional<PrintedPageNumber> number = PrintedPageNumber.of(text);
            boolean numbered = number.isPresent() && !number.get().bare();
            boolean bareNearHead = number.isPresent() && number.get().bare()
                    && (furniture.contains(lines.previousNonBlank(n)) || furniture.contains(lines.nextNonBlank(n)));
            if (numbered || bareNearHead) {
                furniture.add(n);
            }
        }
        if (furniture.isEmpty()) {
            return List.of();
        }
        List<int[]> groups = groups(lines, furniture);
        int firstText = 1;
        while (firstText <= lastLine && (lines.get(firstText).blank() || furniture.contains(firstText))) {
            firstText++;
        }
        int afterLast = 0;
        for (int n = groups.get(groups.size() - 1)[1] + 1; n <= lastLine; n++) {
            afterLast += lines.get(n).blank() || furniture.contains(n) ? 0 : 1;
        }
        boolean atTop = groups.get(0)[0] < firstText || afterLast >= 3;
        List<Integer> starts = new ArrayList<>();
        for (int[] group : groups) {
            starts.add(atTop ? group[0] : group[1] + 1);
        }
        return starts;
    }

    private static List<int[]> groups(SourceLines lines, Set<Integer> furniture) {
        List<int[]> groups = new ArrayList<>();
        for (int n : furniture) {
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && lines.nextNonBlank(last[1]) == n) {
                last[1] = n;
            } else {
                groups.add(new int[] {n, n});
            }
        }
        return groups;
    }

    private static double spread(List<Integer> at) {
        return (at.get(at.size() - 1) - at.get(0)) / (double) (at.size() - 1);
    }

    private static List<Integer> zone(LineRoles roles, Page page) {
        List<Integer> text = new ArrayList<>();
        for (int n = page.first(); n <= page.last(); n++) {
            if (roles.isBody(n)) {
                text.add(n);
            }
        }
        if (text.size() <= TOP_ZONE + ZONE) {
            return text;
        }
        List<Integer> zone = new ArrayList<>(text.subList(0, TOP_ZONE));
        zone.addAll(text.subList(text.size() - ZONE, text.size()));
        return zone;
    }

    private static void findPageNumbers(SourceLines lines, Map<Integer, Integer> pageOfLine, Map<Integer, String> keyOf,
            SortedMap<Integer, Furniture> found) {
        Map<Integer, Integer> offsets = new TreeMap<>();
        List<int[]> bare = new ArrayList<>();
        Set<Integer> numberedByRunningLine = numberedByRunningLine(lines, pageOfLine, keyOf);
        for (Map.Entry<Integer, Integer> e : pageOfLine.entrySet()) {
            Optional<PrintedPageNumber> printed = PrintedPageNumber.of(lines.get(e.getKey()).text());
            if (printed.isPresent() && !printed.get().bare()) {
                found.put(e.getKey(), new Furniture(e.getKey(), Kind.PAGE_NUMBER, printed.get().value()));
            } else if (printed.isPresent() && printed.get().arabic() && !numberedByRunningLine.contains(e.getValue())) {
                int number = printed.get().value();
                bare.add(new int[] {e.getKey(), number});
                offsets.merge(number - e.getValue(), 1, Integer::sum);
            }
        }
        int best = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        for (int[] b : bare) {
            if (b[1] - pageOfLine.get(b[0]) == best) {
                found.put(b[0], new Furniture(b[0], Kind.PAGE_NUMBER, b[1]));
            }
        }
    }

    /**
     * The pages whose number a running line carries ({@code Page 8   GAO-05-927 Managing for Results}):
     * a number alone in their margins is something else, a note's number set apart.
     */
    private static Set<Integer> numberedByRunningLine(SourceLines lines, Map<Integer, Integer> pageOfLine,
            Map<Integer, String> keyOf) {
        Map<String, Set<Integer>> pagesByKey = new TreeMap<>();
        Map<Integer, String> keyOfLine = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : pageOfLine.entrySet()) {
            String text = lines.get(e.getKey()).text();
            if (!PrintedPageNumber.is(text) && numberIn(text) >= 0) {
                String key = keyOf.get(e.getKey());
                if (key.length() >= 4) {
                    pagesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(e.getValue());
                    keyOfLine.put(e.getKey(), key);
                }
            }
        }
        Set<Integer> pages = new TreeSet<>();
        keyOfLine.forEach((line, key) -> {
            if (pagesByKey.get(key).size() >= 3) {
                pages.add(pageOfLine.get(line));
            }
        });
        return pages;
    }

    private static void findRepeatedHeads(SourceLines lines, List<Page> pages, Map<Integer, Integer> pageOfLine,
            Map<Integer, String> keyOf, SortedMap<Integer, Furniture> found) {
        Map<String, Set<Integer>> pagesByKey = new TreeMap<>();
        Map<String, List<Integer>> linesByKey = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : pageOfLine.entrySet()) {
            String key = keyOf.get(e.getKey());
            linesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
            if (key.length() >= 4 && !found.containsKey(e.getKey())) {
                pagesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(e.getValue());
            }
        }
        int least = Math.max(2, Math.min(3, pages.size() - 1));
        pagesByKey.keySet().removeIf(key -> countsTitles(lines, pageOfLine, linesByKey.get(key)));
        Map<String, Set<Integer>> numbersByKey = new TreeMap<>();
        List<Integer> heads = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : pageOfLine.entrySet()) {
            String key = keyOf.get(e.getKey());
            Set<Integer> onPages = pagesByKey.get(key);
            if (onPages != null && onPages.size() >= least && onPages.size() >= pages.size() * 0.2) {
                heads.add(e.getKey());
                numbersByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(numberIn(lines.get(e.getKey()).text()));
            }
        }
        for (int n : heads) {
            boolean numbered = numbersByKey.get(keyOf.get(n)).size() > 1;
            found.put(n, new Furniture(n, Kind.RUNNING_HEAD, numbered ? numberIn(lines.get(n).text()) : -1));
        }
    }

    /**
     * Whether the lines of one key (in line order) are a sequence of titles rather than a running line: a number that
     * goes up by one from each to the next ({@code Chapter 1}, {@code Chapter 2} …) on pages with pages
     * between them, where a running line's page number would have gone up with every page.
     */
    private static boolean countsTitles(SourceLines lines, Map<Integer, Integer> pageOfLine, List<Integer> ofKey) {
        int lastNumber = -1;
        int lastPage = -1;
        boolean apart = false;
        int count = 0;
        for (int n : ofKey) {
            int number = numberIn(lines.get(n).text());
            if (number < 0 || lastNumber >= 0 && number != lastNumber + 1) {
                return false;
            }
            int page = pageOfLine.get(n);
            apart |= lastPage >= 0 && page > lastPage + 1;
            lastNumber = number;
            lastPage = page;
            count++;
        }
        return count >= 2 && apart;
    }

    private static void findLoneHeads(SourceLines lines, List<Page> pages, LineProfile profile,
            Map<Integer, Integer> pageOfLine, SortedMap<Integer, Furniture> found, ContentsTitles titles) {
        for (Map.Entry<Integer, Integer> e : pageOfLine.entrySet()) {
            int n = e.getKey();
            SourceLine line = lines.get(n);
            if (found.containsKey(n) || !looksLikeAHead(line.text()) || titles.lists(line.text())) {
                continue;
            }
            Page page = pages.get(e.getValue());
            int before = lines.previousNonBlank(n);
            int after = lines.nextNonBlank(n);
            if (before > 0 && !isPageNumber(found, before) && bareArabic(lines.get(before).text())) {
                continue;
            }
            if (isPageNumber(found, after) && page.holds(after) && setApart(lines, page, profile, n, -1)) {
                found.put(n, new Furniture(n, Kind.RUNNING_HEAD, -1));
            } else if (isPageNumber(found, before) && page.holds(before) && setApart(lines, page, profile, n, 1)) {
                found.put(n, new Furniture(n, Kind.RUNNING_HEAD, -1));
            }
        }
    }

    /** A title rather than text: capitals or title case, no sentence end, not a numbered note. */
    private static boolean looksLikeAHead(String text) {
        String[] words = text.split("\\s+");
        if (Sentences.endsSentence(text) || RunningLineKey.letters(text).length() < 4 || words.length > 16
                || Character.isDigit(text.charAt(0)) || text.contains(";")) {
            return false;
        }
        long significant = 0;
        long capitalised = 0;
        for (String w : words) {
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                significant++;
                capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return capitalised * 10 >= significant * 6;
    }

    private static boolean isPageNumber(Map<Integer, Furniture> found, int line) {
        Furniture f = found.get(line);
        return f != null && f.kind() == Kind.PAGE_NUMBER;
    }

    /** Whether the line stands apart from the text on one side: page edge, extra blank lines, or a line of spaces. */
    private static boolean setApart(SourceLines lines, Page page, LineProfile profile, int n, int direction) {
        int blanks = 0;
        boolean spaces = false;
        for (int m = n + direction; page.holds(m); m += direction) {
            SourceLine line = lines.get(m);
            if (!line.blank()) {
                return spaces || blanks >= (profile.blankAfterEveryLine() ? 2 : 1);
            }
            blanks++;
            spaces |= line.whitespaceOnly();
        }
        return true;
    }

    private static int numberIn(String text) {
        Matcher leading = LEADING_NUMBER.matcher(text);
        if (leading.matches()) {
            return Integer.parseInt(leading.group(1));
        }
        Matcher trailing = TRAILING_NUMBER.matcher(text);
        if (trailing.matches()) {
            return Integer.parseInt(trailing.group(1));
        }
        return PrintedPageNumber.namedIn(text);
    }

    /** A number alone on its line, in digits: a page number, or a count or list number of the text. */
    private static boolean bareArabic(String text) {
        return PrintedPageNumber.of(text).filter(p -> p.bare() && p.arabic()).isPresent();
    }
}
