package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Gives every page its number: the number printed on it where a page-number line or running head
 * shows one, otherwise counted from the pages whose numbers are known. If no number is printed
 * anywhere, pages are numbered from 1, and that is recorded as a guess.
 */
public final class PageNumbering {

    /**
     * Numbers the pages.
     *
     * @param pages     the pages in order
     * @param furniture page furniture, some of it showing page numbers
     * @param log       where a guessed numbering is recorded
     * @return the pages with their labels; a page that would get a number below 1 gets an empty label
     */
    public List<Page> number(List<Page> pages, Map<Integer, RunningHeadDetector.Furniture> furniture, ImportLog log) {
        Map<Integer, Integer> printed = new LinkedHashMap<>();
        Map<Integer, Integer> offsets = new LinkedHashMap<>();
        for (RunningHeadDetector.Furniture f : furniture.values()) {
            if (f.printedNumber() < 0) {
                continue;
            }
            for (Page page : pages) {
                if (page.holds(f.line())) {
                    printed.putIfAbsent(page.index(), f.printedNumber());
                    offsets.merge(f.printedNumber() - page.index() - 1, 1, Integer::sum);
                }
            }
        }
        int offset = 0;
        int votes = 0;
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            if (e.getValue() > votes) {
                offset = e.getKey();
                votes = e.getValue();
            }
        }
        if (offsets.isEmpty() && pages.size() > 1) {
            log.guessed(Intervention.Kind.OTHER, pages.get(0).first(),
                    "no page number is printed anywhere: pages numbered from 1 in the order of the dump");
        }
        List<Page> numbered = new ArrayList<>();
        for (Page page : pages) {
            int number = page.index() + 1 + offset;
            boolean own = printed.containsKey(page.index()) && printed.get(page.index()) == number;
            numbered.add(page.numbered(number >= 1 ? Integer.toString(number) : "", !own));
        }
        return numbered;
    }
}
