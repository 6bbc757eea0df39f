package org.edition.link.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.edition.link.TermMatcher;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.PublicationDate;
import org.edition.model.Report;
import org.edition.model.compare.DateMention;
import org.edition.model.compare.DateSpan;
import org.edition.model.compare.TimelineRow;
import org.edition.parallel.EveryCore;

/**
 * The dated events the reports mention, in date order, each report's publication among them. Mentions of
 * one event are merged into one row. Two mentions are of the same event when one's date lies within the
 * other's ("2016" and "November 2016") and the words around the dates — up to {@link #WINDOW} words on
 * either side — name it alike: the same glossary entry for an event, treaty, law or programme, or at
 * least two content words in common whose inverse document frequencies over the reports' paragraphs add
 * up to {@link #SAME_EVENT} (so that "Moscow" and "Washington", or "Trump" and "Putin", do not make one
 * event, while "lowest point" or "presidential election" do). A mention
 * alike to mentions of several rows joins them into one. A wrong merge would mislead more than a missed one.
 */
public final class Timeline {
    /**
     * How much the words two mentions share must weigh together: each word weighs its inverse document
     * frequency as a share of the largest possible (1 for a word of one paragraph only).
     */
    static final double SAME_EVENT = 0.8;
    /** How many words on each side of a date make its context. */
    static final int WINDOW = 6;
    /** The kinds of glossary entry that name an event (people and places name too many). */
    private static final Set<String> EVENT_KINDS = Set.of("event", "treaty", "law", "programme");
    /** Words of dates, left out of a date's context. */
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "early", "late", "mid", "year", "years");
    private final DateExtractor extractor = new DateExtractor();

    /** A mention being placed: its words and event entries around the date, and its order of finding. */
    record Placed(DateMention mention, int order, Map<String, Double> context, Set<String> entries) {
    }

    /** The timeline of the reports, in date order; glossary entries help recognise one event in several mentions. */
    public List<TimelineRow> build(List<Report> reports, Glossary glossary) {
        List<Placed> placed = place(reports, glossary);
        return ordered(EventMerger.merge(placed), placed, reports);
    }

    /** Every dated mention of the reports with its context, in date order, then order of finding. */
    List<Placed> place(List<Report> reports, Glossary glossary) {
        List<List<Passage>> parts = reports.stream().map(Passage::of).toList();
        Map<String, Double> idf = inverseFrequencies(parts);
        List<GlossaryEntry> eventEntries = glossary.entries().stream().filter(e -> EVENT_KINDS.contains(e.kind())).toList();
        TermMatcher events = new TermMatcher(new Glossary(eventEntries, List.of()));
        List<List<Placed>> byReport = EveryCore.map(reports.size(), r -> place(reports.get(r), parts.get(r), events, idf));
        List<Placed> placed = new ArrayList<>();
        for (List<Placed> found : byReport) {
            for (Placed p : found) {
                placed.add(new Placed(p.mention(), placed.size(), p.context(), p.entries()));
            }
        }
        placed.sort(Comparator.comparing((Placed p) -> p.mention().when()).thenComparingInt(Placed::order));
        return placed;
    }

    /** The dated mentions of one report, in reading order (their order of finding is set once all are found). */
    private List<Placed> place(Report report, List<Passage> passages, TermMatcher events, Map<String, Double> idf) {
        List<Placed> placed = new ArrayList<>();
        Optional<PublicationDate> published = report.metadata().date();
        for (Passage p : passages) {
            for (Sentences.Span s : Sentences.of(p.text())) {
                String sentence = s.of(p.text());
                List<DateExtractor.Found> dates = extractor.find(sentence);
                if (dates.isEmpty()) {
                    continue;
                }
                List<Words.Word> words = Words.of(sentence);
                List<TermMatcher.Match> named = events.find(sentence);
                for (DateExtractor.Found f : dates) {
                    boolean ahead = published.map(d -> f.when().after(d)).orElse(false);
                    DateMention m = new DateMention(p.ref(), sentence, f.start(), f.end(), f.qualifier(), f.when(), ahead);
                    int[] window = window(sentence, words, f);
                    Set<String> entries = new TreeSet<>();
                    named.stream().filter(t -> t.end() > window[0] && t.start() < window[1])
                            .forEach(t -> entries.add(t.entryId()));
                    placed.add(new Placed(m, -1, context(words, window, f, idf), entries));
                }
            }
        }
        return placed;
    }

    /** Whether two mentions name one event: a shared event entry, or two shared words or more that weigh enough. */
    static boolean sameEvent(Placed a, Placed b) {
        if (a.entries().stream().anyMatch(b.entries()::contains)) {
            return true;
        }
        List<String> shared = a.context().keySet().stream().filter(b.context()::containsKey).toList();
        return shared.size() >= 2 && shared.stream().mapToDouble(a.context()::get).sum() >= SAME_EVENT;
    }

    /** The more precise of two nested spans. */
    static DateSpan narrower(DateSpan a, DateSpan b) {
        return a.covers(b) ? b : a;
    }

    private static List<TimelineRow> ordered(List<EventMerger.Event> events, List<Placed> placed, List<Report> reports) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = reports.size() - 1; i >= 0; i--) {
            index.put(reports.get(i).id(), i);
        }
        record Keyed(TimelineRow row, int order) {
        }
        List<Keyed> out = new ArrayList<>();
        for (EventMerger.Event event : events) {
            List<Placed> members = event.mentions(placed);
            List<DateMention> mentions = members.stream()
                    .sorted(Comparator.comparingInt((Placed p) -> index.getOrDefault(p.mention().paragraph().reportId(), -1))
                            .thenComparingInt(Placed::order))
                    .map(Placed::mention).toList();
            out.add(new Keyed(new TimelineRow(event.when, mentions, ""), members.stream().mapToInt(Placed::order).min().orElse(0)));
        }
        for (Report r : reports) {
            r.metadata().date().ifPresent(d -> out.add(new Keyed(new TimelineRow(DateSpan.of(d), List.of(), r.id()), Integer.MAX_VALUE)));
        }
        out.sort(Comparator.comparing((Keyed k) -> k.row().when()).thenComparingInt(k -> k.row().isPublication() ? 1 : 0)
                .thenComparingInt(Keyed::order).thenComparing(k -> k.row().publication()));
        return out.stream().map(Keyed::row).toList();
    }

    /** The characters of the sentence within the window around a date: from, to (exclusive). */
    private static int[] window(String sentence, List<Words.Word> words, DateExtractor.Found f) {
        int first = 0;
        while (first < words.size() && words.get(first).end() <= f.start()) {
            first++;
        }
        int last = first;
        while (last < words.size() && words.get(last).start() < f.end()) {
            last++;
        }
        int from = first - WINDOW <= 0 ? 0 : words.get(first - WINDOW).start();
        int to = last + WINDOW >= words.size() ? sentence.length() : words.get(last + WINDOW - 1).end();
        return new int[] {from, to};
    }

    /** The content words in the window around a date (not the date's own), weighted by inverse document frequency. */
    private static Map<String, Double> context(List<Words.Word> words, int[] window, DateExtractor.Found f, Map<String, Double> idf) {
        Map<String, Double> out = new TreeMap<>();
        for (Words.Word w : words) {
            boolean inWindow = w.start() >= window[0] && w.end() <= window[1];
            boolean inDate = w.end() > f.start() && w.start() < f.end();
            if (inWindow && !inDate && !Words.isStop(w.text()) && !isDateWord(w.text())) {
                String term = Words.stem(w.text());
                out.put(term, idf.getOrDefault(term, 0.0));
            }
        }
        return out;
    }

    private static boolean isDateWord(String w) {
        return DATE_WORDS.contains(w);
    }

    /** Every content word's inverse document frequency over the reports' paragraphs, log(1 + N/df) / log(1 + N). */
    private static Map<String, Double> inverseFrequencies(List<List<Passage>> parts) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        List<Map<String, Integer>> byPart = EveryCore.map(parts, part -> {
            Map<String, Integer> own = new HashMap<>();
            for (Passage p : part) {
                new HashSet<>(Words.terms(p.text())).forEach(t -> own.merge(t, 1, Integer::sum));
            }
            return own;
        });
        for (int k = 0; k < parts.size(); k++) {
            n += parts.get(k).size();
            byPart.get(k).forEach((t, d) -> df.merge(t, d, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        int total = n;
        // StrictMath: the same bits on every processor and JVM (Math.log may differ in the last place), so the site is too
        df.forEach((t, d) -> idf.put(t, StrictMath.log(1 + (double) total / d) / StrictMath.log(1 + total)));
        return idf;
    }
}
