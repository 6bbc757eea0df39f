package org.edition.link.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.compare.DateSpan;

/**
 * Merges the dated mentions of the timeline into events, as {@link Timeline} defines them: a mention joins
 * every event whose date nests with its own and that holds a mention of the same event; the events it
 * joins become one. Taken in date order, each mention is compared only with the mentions that can be of
 * the same event, found through two inverted indexes instead of by comparing every pair:
 *
 * <ul>
 *   <li>event glossary entry → the mentions naming it (one shared entry is enough);</li>
 *   <li>context word → the mentions holding it in their <i>prefix</i>. Two mentions are of one event by
 *       their words only when the words they share weigh {@link Timeline#SAME_EVENT} or more. Order every
 *       word by weight, heaviest first (ties by spelling); a mention's prefix is its words in that order up
 *       to the point where the words left weigh less than the threshold. The first shared word of two such
 *       mentions lies in both prefixes (otherwise all the shared words would lie in what is left, too
 *       light), so a pair never found through a prefix word cannot be of one event: the prefix filter of
 *       all-pairs similarity search (Chaudhuri, Ganti and Kaushik, ICDE 2006; Bayardo, Ma and Srikant,
 *       WWW 2007). Each pair found is then tested exactly as before.</li>
 * </ul>
 * The result is the one comparing every mention with every mention of every event would give.
 */
final class EventMerger {
    /** Kept off the threshold so that rounding in a sum of weights never hides a pair. */
    private static final double MARGIN = 1e-9;

    /** An event being built: when it was first made (its place in the list of events), its date, its mentions. */
    static final class Event {
        final int created;
        DateSpan when;
        /** Its mentions, as positions in the list being merged; null once merged into another event. */
        private List<Integer> members = new ArrayList<>();
        /** The event it was merged into, or null while it stands on its own. */
        private Event mergedInto;
        private int stamp = -1;
        private boolean nests;

        private Event(int created, DateSpan when) {
            this.created = created;
            this.when = when;
        }

        /** Its mentions. */
        List<Timeline.Placed> mentions(List<Timeline.Placed> placed) {
            return members.stream().map(placed::get).toList();
        }
    }

    private EventMerger() {
    }

    /**
     * The events of the mentions.
     *
     * @param placed the mentions in date order, then order of finding
     * @return the events, in the order they were first made
     */
    static List<Event> merge(List<Timeline.Placed> placed) {
        Map<String, List<Integer>> byEntry = new HashMap<>();
        Map<String, List<Integer>> byPrefixWord = new HashMap<>();
        Event[] eventOf = new Event[placed.size()];
        int[] probed = new int[placed.size()];
        java.util.Arrays.fill(probed, -1);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Timeline.Placed p = placed.get(i);
            List<String> prefix = prefix(p.context());
            List<Event> same = new ArrayList<>();
            for (String entry : p.entries()) {
                for (int m : byEntry.getOrDefault(entry, List.of())) {
                    consider(placed, i, m, eventOf, probed, same);
                }
            }
            for (String word : prefix) {
                for (int m : byPrefixWord.getOrDefault(word, List.of())) {
                    consider(placed, i, m, eventOf, probed, same);
                }
            }
            Event into;
            if (same.isEmpty()) {
                into = new Event(events.size(), p.mention().when());
                events.add(into);
            } else {
                same.sort(Comparator.comparingInt(e -> e.created));
                into = same.get(0);
                for (Event other : same.subList(1, same.size())) {
                    absorb(into, other);
                    into.when = Timeline.narrower(into.when, other.when);
                }
                into.when = Timeline.narrower(into.when, p.mention().when());
            }
            into.members.add(i);
            eventOf[i] = into;
            final int at = i;
            p.entries().forEach(e -> byEntry.computeIfAbsent(e, k -> new ArrayList<>()).add(at));
            prefix.forEach(w -> byPrefixWord.computeIfAbsent(w, k -> new ArrayList<>()).add(at));
        }
        return events.stream().filter(e -> e.members != null).toList();
    }

    /** Tests the earlier mention m against mention i; adds m's event to {@code same} if mention i joins it. */
    private static void consider(List<Timeline.Placed> placed, int i, int m, Event[] eventOf, int[] probed, List<Event> same) {
        if (probed[m] == i) {
            return;
        }
        probed[m] = i;
        Event e = find(eventOf[m]);
        if (e.stamp != i) {
            e.stamp = i;
            e.nests = e.when.nests(placed.get(i).mention().when());
        } else if (same.contains(e)) {
            return;
        }
        if (e.nests && Timeline.sameEvent(placed.get(i), placed.get(m))) {
            same.add(e);
        }
    }

    /** Moves the mentions of {@code other} into {@code into} (the shorter list into the longer), and retires other. */
    private static void absorb(Event into, Event other) {
        List<Integer> moved = other.members;
        if (moved.size() > into.members.size()) {
            moved = into.members;
            into.members = other.members;
        }
        into.members.addAll(moved);
        other.members = null;
        other.mergedInto = into;
    }

    /** The event a mention's first event has become, shortening the path for the next look-up. */
    private static Event find(Event e) {
        Event root = e;
        while (root.mergedInto != null) {
            root = root.mergedInto;
        }
        for (Event step = e; step.mergedInto != null; ) {
            Event next = step.mergedInto;
            step.mergedInto = root;
            step = next;
        }
        return root;
    }

    /** The words of a context in the global order (heaviest first, ties by spelling), up to where the rest weighs too little. */
    static List<String> prefix(Map<String, Double> context) {
        List<Map.Entry<String, Double>> words = new ArrayList<>(context.entrySet());
        words.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        double rest = 0;
        for (Map.Entry<String, Double> w : words) {
            rest += w.getValue();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> w : words) {
            if (rest < Timeline.SAME_EVENT - MARGIN) {
                break;
            }
            out.add(w.getKey());
            rest -= w.getValue();
        }
        return out;
    }
}
