package org.edition.ingest.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one import scores against the truth, by the rules of the corpus's {@code score.py} (kept identical so
 * that the figures of this test and of that script agree): a truth note is recovered when some note
 * definition begins like it (letters and digits, first 30); a truth reference when the body links, in
 * order, to the definition recovered for its note; a heading when some heading equals it or begins with it;
 * a stray reference is one whose label is no recovered note.
 *
 * @param refs       references recovered
 * @param refsWanted references in the truth
 * @param notes      notes recovered
 * @param notesWanted notes in the truth
 * @param headings   headings recovered
 * @param headingsWanted headings in the truth
 * @param stray      references in the body pointing to no recovered note
 * @param missedNotes the truth notes not recovered, for reading
 * @param missedHeadings the truth headings not recovered
 */
record CorpusScore(int refs, int refsWanted, int notes, int notesWanted, int headings, int headingsWanted, int stray,
        List<String> missedNotes, List<String> missedHeadings) {
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]]+)\\]:[ \\t]*(.*(?:\\n(?:    |\\t).*)*)",
            Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]]+)\\](?!:)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$", Pattern.MULTILINE);

    /** Scores the Markdown of one import; {@code withReferences} is false for a source that has none (converter Markdown). */
    static CorpusScore of(CorpusTruth truth, String markdown, boolean withReferences) {
        Map<String, String> definitions = new LinkedHashMap<>();
        Matcher d = DEFINITION.matcher(markdown);
        while (d.find()) {
            definitions.put(d.group(1), d.group(2).replaceAll("\\s+", " "));
        }
        String body = DEFINITION.matcher(markdown).replaceAll("");
        List<String> order = new ArrayList<>();
        Matcher r = REFERENCE.matcher(body);
        while (r.find()) {
            order.add(r.group(1));
        }
        List<String> headings = new ArrayList<>();
        Matcher h = HEADING.matcher(body);
        while (h.find()) {
            headings.add(key(h.group(1), 200));
        }
        Map<String, String> keys = new LinkedHashMap<>();
        definitions.forEach((label, text) -> keys.put(label, key(text, 30)));
        Set<String> used = new HashSet<>();
        Map<Integer, String> labelOfNote = new HashMap<>();
        List<String> missedNotes = new ArrayList<>();
        for (int i = 0; i < truth.notes().size(); i++) {
            CorpusTruth.Note note = truth.notes().get(i);
            String k = key(note.text(), 30);
            if (k.length() < 8) {
                k = key(note.text(), 60);
            }
            String prefix = k.substring(0, Math.min(k.length(), Math.max(8, Math.min(k.length(), 30))));
            String found = null;
            for (Map.Entry<String, String> e : keys.entrySet()) {
                String dk = e.getValue();
                if (!used.contains(e.getKey()) && !dk.isEmpty() && (dk.startsWith(prefix)
                        || k.startsWith(dk.substring(0, Math.min(30, dk.length()))) && dk.length() >= 12)) {
                    found = e.getKey();
                    break;
                }
            }
            if (found == null) {
                missedNotes.add(note.n() + " (page " + note.page() + "): " + note.text());
            } else {
                used.add(found);
                labelOfNote.put(i, found);
            }
        }
        List<String> wanted = withReferences ? truth.refs() : List.of();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String n : wanted) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < truth.notes().size(); i++) {
                if (truth.notes().get(i).n().equals(n)) {
                    indexes.add(i);
                }
            }
            int c = seen.merge(n, 1, Integer::sum) - 1;
            labels.add(indexes.isEmpty() ? null : labelOfNote.get(indexes.get(Math.min(c, indexes.size() - 1))));
        }
        int j = 0;
        int got = 0;
        for (String label : order) {
            int k = j;
            while (k < labels.size() && k < j + 3 && !label.equals(labels.get(k))) {
                k++;
            }
            if (k < labels.size() && label.equals(labels.get(k))) {
                got++;
                j = k + 1;
            }
        }
        Set<String> good = new HashSet<>(labelOfNote.values());
        int stray = (int) order.stream().filter(label -> !good.contains(label)).count();
        List<String> missedHeadings = new ArrayList<>();
        int headingsFound = 0;
        for (String heading : truth.headings()) {
            String k = key(heading, 200);
            if (headings.stream().anyMatch(x -> !x.isEmpty() && (x.equals(k) || x.startsWith(k)))) {
                headingsFound++;
            } else {
                missedHeadings.add(heading);
            }
        }
        return new CorpusScore(got, wanted.size(), labelOfNote.size(), truth.notes().size(), headingsFound,
                truth.headings().size(), stray, missedNotes, missedHeadings);
    }

    /** The letters and digits of a text, lower-cased, at most {@code n} of them (as score.py's key). */
    static String key(String text, int n) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("[^a-z0-9]+", "");
        return s.length() > n ? s.substring(0, n) : s;
    }

    /** The share of the truth's notes recovered, in percent (100 for a text without notes). */
    double noteRecall() {
        return notesWanted == 0 ? 100.0 : 100.0 * notes / notesWanted;
    }
}
