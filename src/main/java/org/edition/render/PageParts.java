package org.edition.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page whose lists grow with the edition — a theme's passages in every report, a term's occurrences in
 * every report, the timeline's rows — cut into parts a reader's browser opens, on a phone too: the page's
 * groups (a report's column, a report's occurrences, a timeline row) in their order, never a group cut in
 * two, a part closing before the group that would take its text past {@link #BUDGET} characters. A group
 * larger than the budget is a part of its own (unless its page cuts it first, as the timeline does a row
 * of thousands of mentions, with {@link #pieces}). The first part keeps the page's path
 * ({@code compare/sanctions.html}); the k-th is {@code compare/sanctions.k.html} (ids hold no dot, so no
 * other page has that name). A page within the budget is one part, the page it always was.
 *
 * @param <T> a group of the page
 */
public final class PageParts<T> {
    /**
     * Characters of text a part holds: with its markup about half a megabyte of page. The seed edition's
     * largest pages hold a tenth of it.
     */
    static final long BUDGET = 400_000;
    /**
     * The characters of markup around each group or item of a part (a column, a passage, an occurrence, a
     * mention), counted with its text when weighing it.
     */
    static final int FRAME = 250;
    private final String path;
    private final List<List<T>> parts;
    /** Every part, none of them current. */
    private final List<Link> links;
    /** For each group, in the page's order, the address of the part holding it. */
    private final List<String> groupHrefs;

    private PageParts(String path, List<List<T>> parts, List<String> labels) {
        this.path = path;
        this.parts = parts;
        List<Link> all = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        for (int k = 1; k <= parts.size(); k++) {
            all.add(new Link(k, labels.get(k - 1), href(k), false));
            for (int g = 0; g < parts.get(k - 1).size(); g++) {
                hrefs.add(href(k));
            }
        }
        this.links = List.copyOf(all);
        this.groupHrefs = List.copyOf(hrefs);
    }

    /**
     * Cuts a page's groups into parts.
     *
     * @param path   the page's site path, which its first part keeps
     * @param groups the page's groups, in its order
     * @param weight the characters of text a group puts on the page
     * @param label  a group's name, for the parts' navigation ("first – last" of each part)
     * @param budget the characters of text a part holds ({@link #BUDGET}; smaller in tests)
     */
    static <T> PageParts<T> of(String path, List<T> groups, ToLongFunction<T> weight, Function<T, String> label, long budget) {
        return cut(path, groups, weight, (first, last) -> {
            String a = label.apply(groups.get(first));
            String b = label.apply(groups.get(last));
            return a.equals(b) ? a : a + " – " + b;
        }, budget);
    }

    /**
     * Cuts a page's groups into parts of {@link #BUDGET} characters, each named from the indexes (from 0) of
     * its first and last groups in the page: "sources 1–40".
     */
    static <T> PageParts<T> ranged(String path, List<T> groups, ToLongFunction<T> weight, BiFunction<Integer, Integer, String> label) {
        return cut(path, groups, weight, label, BUDGET);
    }

    /** Cuts a page's groups into parts, each named from the indexes of its first and last groups. */
    private static <T> PageParts<T> cut(String path, List<T> groups, ToLongFunction<T> weight,
            BiFunction<Integer, Integer, String> label, long budget) {
        List<List<T>> parts = pieces(groups, weight, budget);
        List<String> labels = new ArrayList<>();
        int first = 0;
        for (List<T> part : parts) {
            labels.add(part.isEmpty() ? "" : label.apply(first, first + part.size() - 1));
            first += part.size();
        }
        return new PageParts<>(path, parts, List.copyOf(labels));
    }

    /**
     * The rule of the parts, for a page's groups or for the items of one group too large for a part (a
     * timeline row that hundreds of reports mention): consecutive runs of items, a run closing before
     * the item that would take it past the budget; an item larger than the budget a run of its own;
     * at least one run, empty for no items.
     */
    static <T> List<List<T>> pieces(List<T> items, ToLongFunction<T> weight, long budget) {
        List<List<T>> pieces = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long held = 0;
        for (T item : items) {
            long w = weight.applyAsLong(item);
            if (!current.isEmpty() && held + w > budget) {
                pieces.add(List.copyOf(current));
                current.clear();
                held = 0;
            }
            current.add(item);
            held += w;
        }
        if (!current.isEmpty() || pieces.isEmpty()) {
            pieces.add(List.copyOf(current));
        }
        return List.copyOf(pieces);
    }

    /** Cuts a page's groups into parts of {@link #BUDGET} characters. */
    static <T> PageParts<T> of(String path, List<T> groups, ToLongFunction<T> weight, Function<T, String> label) {
        return of(path, groups, weight, label, BUDGET);
    }

    /** How many parts the page has (at least one). */
    int count() {
        return parts.size();
    }

    /** The groups of part {@code number} (from 1). */
    List<T> groups(int number) {
        return parts.get(number - 1);
    }

    /** The site path of part {@code number} (from 1): the page's own for the first. */
    String path(int number) {
        return number == 1 ? path : path.substring(0, path.length() - ".html".length()) + "." + number + ".html";
    }

    /** What part {@code number}'s template is given about the parts. */
    Part part(int number) {
        List<Link> marked = new ArrayList<>(links);
        Link current = links.get(number - 1);
        marked.set(number - 1, new Link(current.number(), current.label(), current.href(), true));
        return new Part(number, parts.size(), List.copyOf(marked), groupHrefs);
    }

    /** Every part, none of them current: for a page in the same folder that links to them all. */
    List<Link> links() {
        return links;
    }

    /** Part {@code number}'s address from a page in the same folder: its file name. */
    private String href(int number) {
        String p = path(number);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /**
     * A part of a page, for its template.
     *
     * @param number     this part's number, from 1
     * @param count      how many parts the page has
     * @param links      every part of the page, in order, for the parts' navigation
     * @param groupHrefs for each group of the whole page, in order, the address of the part holding it
     */
    public record Part(int number, int count, List<Link> links, List<String> groupHrefs) {
        /** Whether the page is cut into parts (else its template writes the page it always wrote). */
        public boolean many() {
            return count > 1;
        }

        /** Whether this is the page's first part, which holds what concerns the whole page (counts, key). */
        public boolean first() {
            return number == 1;
        }

        /** The part before this one; only when there is one. */
        public Link previous() {
            return links.get(number - 2);
        }

        /** The part after this one; only when there is one. */
        public Link next() {
            return links.get(number);
        }
    }

    /**
     * One part in the parts' navigation.
     *
     * @param number  its number, from 1
     * @param label   the names of its first and last groups
     * @param href    its address from the other parts
     * @param current whether it is the part shown
     */
    public record Link(int number, String label, String href, boolean current) {
    }
}
