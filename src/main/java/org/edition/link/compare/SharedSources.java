package org.edition.link.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.edition.model.Note;
import org.edition.model.Report;
import org.edition.model.compare.CitedNote;
import org.edition.model.compare.SharedCitation;
import org.edition.parallel.EveryCore;

/**
 * Finds what the reports' notes cite in common: the same source (matched by its normalised address, its
 * title, or an author) and the same organisations (publishers and issuing bodies). A source matched by
 * address is not listed again by title or author for the same notes.
 */
public final class SharedSources {
    private static final List<String> KINDS = List.of("url", "title", "author", "organisation");
    private static final int SHORTEST_TITLE = 12;

    /** What the reports cite in common. */
    public record Result(List<SharedCitation> sources, List<SharedCitation> organisations) {
    }

    /** One key a citation can be matched by. */
    private record Key(String kind, String value) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Comparator.comparing((Key k) -> KINDS.indexOf(k.kind())).thenComparing(Key::value).compare(this, o);
        }
    }

    /** Compares the notes of the reports. */
    public Result find(List<Report> reports) {
        Map<Key, Map<String, CitedNote>> notesByKey = new TreeMap<>();
        Map<Key, String> labels = new TreeMap<>();
        List<List<List<NoteCitations.Citation>>> read = EveryCore.map(reports,
                r -> r.notes().stream().map(n -> n.text().isEmpty() ? List.<NoteCitations.Citation>of() : NoteCitations.read(n.text()))
                        .toList());
        for (int r = 0; r < reports.size(); r++) {
            Report report = reports.get(r);
            for (int i = 0; i < report.notes().size(); i++) {
                Note note = report.notes().get(i);
                if (note.text().isEmpty()) {
                    continue;
                }
                for (NoteCitations.Citation c : read.get(r).get(i)) {
                    CitedNote cited = new CitedNote(report.id(), note.id(), note.label(), c.text());
                    for (Map.Entry<Key, String> k : keys(c).entrySet()) {
                        notesByKey.computeIfAbsent(k.getKey(), x -> new java.util.LinkedHashMap<>())
                                .putIfAbsent(report.id() + "#" + note.id(), cited);
                        labels.putIfAbsent(k.getKey(), k.getValue());
                    }
                }
            }
        }
        List<SharedCitation> sources = new ArrayList<>();
        List<SharedCitation> organisations = new ArrayList<>();
        Set<Set<String>> listedNoteSets = new java.util.HashSet<>();
        Map<String, Integer> reportOrder = new java.util.HashMap<>();
        Map<String, Map<String, Integer>> noteOrder = new java.util.HashMap<>();
        for (int r = 0; r < reports.size(); r++) {
            reportOrder.put(reports.get(r).id(), r);
            List<Note> notes = reports.get(r).notes();
            for (int i = notes.size() - 1; i >= 0; i--) {
                noteOrder.computeIfAbsent(reports.get(r).id(), k -> new java.util.HashMap<>()).put(notes.get(i).id(), i);
            }
        }
        for (Map.Entry<Key, Map<String, CitedNote>> e : notesByKey.entrySet()) {
            java.util.Collection<CitedNote> notes = e.getValue().values();
            if (notes.stream().map(CitedNote::reportId).distinct().count() < 2) {
                continue;
            }
            Key key = e.getKey();
            Set<String> ids = new java.util.TreeSet<>(e.getValue().keySet());
            List<CitedNote> ordered = order(notes, reportOrder, noteOrder);
            if (key.kind().equals("organisation")) {
                organisations.add(new SharedCitation(key.kind(), labels.get(key), ordered));
            } else if (listedNoteSets.add(ids)) {
                sources.add(new SharedCitation(key.kind(), labels.get(key), ordered));
            }
        }
        return new Result(sources, organisations);
    }

    /** The keys a citation can be matched by, each with its label as written. */
    private static Map<Key, String> keys(NoteCitations.Citation c) {
        Map<Key, String> keys = new TreeMap<>();
        if (!c.url().isEmpty()) {
            keys.put(new Key("url", NoteCitations.urlKey(c.url())), c.url());
        }
        String title = NoteCitations.key(c.title());
        if (title.length() >= SHORTEST_TITLE && title.contains(" ")) {
            keys.put(new Key("title", title), c.title());
        }
        for (String author : c.authors()) {
            keys.put(new Key("author", NoteCitations.key(author)), author);
        }
        if (!c.organisation().isEmpty()) {
            keys.put(new Key("organisation", NoteCitations.key(c.organisation())), c.organisation());
        }
        return keys;
    }

    /** The notes in the edition's report order, then by their order in the report. */
    private static List<CitedNote> order(java.util.Collection<CitedNote> notes, Map<String, Integer> reportOrder,
            Map<String, Map<String, Integer>> noteOrder) {
        return notes.stream().sorted(Comparator.comparingInt((CitedNote n) -> reportOrder.getOrDefault(n.reportId(), -1))
                .thenComparingInt(n -> noteOrder.getOrDefault(n.reportId(), Map.of()).getOrDefault(n.noteId(), Integer.MAX_VALUE)))
                .toList();
    }
}
