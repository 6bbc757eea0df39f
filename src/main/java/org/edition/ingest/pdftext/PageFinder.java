package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.ingest.furniture.RunningLineKey;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Finds the pages of the original in a dump: at form feeds where the extractor wrote them; otherwise at the
 * running line that carries the page number ({@link PageNumberChain}), which also says where a running foot
 * glued to a page's last line begins (that part is cut from the line, and recorded); otherwise at lines
 * indented by one space (dumps made for reading), or at repeated running heads.
 */
final class PageFinder {
    private static final int GROUP = 3;

    /**
     * The pages found, and the lines with glued running feet cut off.
     *
     * @param lines the source lines as the importer reads them from now on
     * @param pages the pages, not yet numbered
     * @param chain the numbered running line's occurrences, if pages were found by it
     */
    record Found(SourceLines lines, List<Page> pages, List<PageNumberChain.Occurrence> chain) {
        Found(SourceLines lines, List<Page> pages) {
            this(lines, pages, List.of());
        }

        /** The numbered running lines standing alone on their line, as page furniture showing the page number. */
        List<RunningHeadDetector.Furniture> furniture() {
            List<RunningHeadDetector.Furniture> found = new ArrayList<>();
            for (PageNumberChain.Occurrence o : chain) {
                if (o.from() == 0 && !lines.get(o.line()).blank()) {
                    boolean bare = lines.get(o.line()).text().matches("\\d{1,4}");
                    found.add(new RunningHeadDetector.Furniture(o.line(), bare ? RunningHeadDetector.Kind.PAGE_NUMBER
                            : RunningHeadDetector.Kind.RUNNING_HEAD, o.number()));
                }
            }
            return found;
        }
    }

    private PageFinder() {
    }

    static Found find(SourceLines lines, LineProfile profile, ImportLog log) {
        List<Integer> feeds = PageSplitter.formFeedStarts(lines);
        if (feeds.size() >= 2) {
            return new Found(lines, PageSplitter.atStarts(feeds, lines.size()));
        }
        List<PageNumberChain.Occurrence> chain = PageNumberChain.find(lines);
        if (!chain.isEmpty()) {
            SourceLines cut = cutGluedFeet(lines, chain, log);
            return new Found(cut, PageSplitter.atStarts(starts(cut, chain), cut.size()), chain);
        }
        List<Page> pages = new PageSplitter().split(lines, profile);
        if (pages.size() == 1) {
            List<Integer> starts = new RunningHeadDetector().pageStarts(lines, profile, lines.size());
            if (!starts.isEmpty()) {
                pages = PageSplitter.atStarts(starts, lines.size());
            }
        }
        return new Found(lines, pages);
    }

    /** Cuts the running foot from the lines it is glued to, keeping the text before it. */
    private static SourceLines cutGluedFeet(SourceLines lines, List<PageNumberChain.Occurrence> chain, ImportLog log) {
        SourceLines cut = lines;
        for (PageNumberChain.Occurrence o : chain) {
            if (o.from() > 0) {
                String text = lines.get(o.line()).text();
                cut = cut.withText(o.line(), text.substring(0, o.from()).strip());
                log.did(Intervention.Kind.RUNNING_HEAD_REMOVED, o.line(), "“" + text.substring(o.from()).strip()
                        + "” cut from the end of the line: a running foot the extractor glued to the page's last line");
            }
        }
        return cut;
    }

    /**
     * Where the pages begin: after each occurrence where the running line ends its page (a running foot,
     * or glued to the last line), or at the running lines standing above each occurrence where it heads
     * its page (an extractor that writes a page's head and foot first).
     */
    private static List<Integer> starts(SourceLines lines, List<PageNumberChain.Occurrence> chain) {
        int lastLine = chain.get(chain.size() - 1).line();
        int textAfter = 0;
        for (int n = lastLine + 1; n <= lines.size(); n++) {
            textAfter += lines.get(n).blank() ? 0 : 1;
        }
        int textBefore = 0;
        for (int n = 1; n < chain.get(0).line(); n++) {
            textBefore += lines.get(n).blank() ? 0 : 1;
        }
        int above = headsAbove(lines, chain);
        boolean foot = PageNumberChain.glued(chain) || above == 0 && textAfter < GROUP && textBefore >= GROUP;
        List<Integer> starts = new ArrayList<>();
        if (foot) {
            chain.forEach(o -> starts.add(o.line() + 1));
            return starts;
        }
        List<Integer> numbered = new ArrayList<>(PageNumberChain.unnumberedBefore(lines, chain));
        chain.forEach(o -> numbered.add(o.line()));
        for (int line : numbered) {
            int start = line;
            for (int d = 0; d < above; d++) {
                int before = lines.previousNonBlank(start);
                start = before == 0 ? start : before;
            }
            starts.add(start);
        }
        return starts;
    }

    /** How many lines right above the numbered line repeat above most of its occurrences (the rest of the running head). */
    private static int headsAbove(SourceLines lines, List<PageNumberChain.Occurrence> chain) {
        int above = 0;
        for (int d = 1; d <= GROUP; d++) {
            Map<String, Integer> counts = new HashMap<>();
            for (PageNumberChain.Occurrence o : chain) {
                int n = o.line();
                for (int k = 0; k < d && n > 0; k++) {
                    n = lines.previousNonBlank(n);
                }
                if (n > 0) {
                    counts.merge(RunningLineKey.letters(lines.get(n).text()), 1, Integer::sum);
                }
            }
            boolean repeated = counts.entrySet().stream()
                    .anyMatch(e -> e.getKey().length() >= 4 && e.getValue() * 2 >= chain.size());
            if (!repeated) {
                break;
            }
            above = d;
        }
        return above;
    }
}
