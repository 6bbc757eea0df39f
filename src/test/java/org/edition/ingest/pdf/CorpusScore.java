package org.edition.ingest.pdf;

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
 * Scores one import against a truth file exactly as {@code shared/corpus/score.py} does: a truth note
 * is recovered when some definition's text begins like it (letters and digits, first 30), each
 * definition used once; a truth reference when the body links, in order (looking at most three
 * ahead), to the definition recovered for its note; a heading when some heading equals it or begins
 * with it; a stray reference is one to a definition that matched no truth note.
 *
 * @param refs     references recovered
 * @param refsAll  references in the truth
 * @param notes    notes recovered
 * @param notesAll notes in the truth
 * @param heads    headings recovered
 * @param headsAll headings in the truth
 * @param stray    references to no recovered note
 */
record CorpusScore(int refs, int refsAll, int notes, int notesAll, int heads, int headsAll, int stray) {
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]]+)\\]:[ \\t]*(.*(?:\\n(?:    |\\t).*)*)", Pattern.MULTILINE);
    private static final Pattern DEFINITION_BLOCK = Pattern.compile("^\\[\\^[^\\]]+\\]:.*(\\n(?:    |\\t).*)*", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]]+)\\](?!:)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$", Pattern.MULTILINE);

    /** A note of the truth: its number (or mark) and the start of its text. */
    record TruthNote(String n, String text) {
    }

    /** Scores the Markdown against the truth's references, notes and headings. */
    static CorpusScore of(String markdown, List<String> truthRefs, List<TruthNote> truthNotes, List<String> truthHeads) {
        Map<String, String> defs = new LinkedHashMap<>();
        Matcher d = DEFINITION.matcher(markdown);
        while (d.find()) {
            defs.put(d.group(1), d.group(2).replaceAll("\\s+", " "));
        }
        String body = DEFINITION_BLOCK.matcher(markdown).replaceAll("");
        List<String> order = new ArrayList<>();
        Matcher r = REFERENCE.matcher(body);
        while (r.find()) {
            order.add(r.group(1));
        }
        List<String> heads = new ArrayList<>();
        Matcher h = HEADING.matcher(body);
        while (h.find()) {
            heads.add(h.group(1));
        }
        Map<String, String> keys = new LinkedHashMap<>();
        defs.forEach((label, text) -> keys.put(label, key(text, 30)));
        Set<String> used = new HashSet<>();
        Map<Integer, String> noteLabel = new HashMap<>();
        for (int i = 0; i < truthNotes.size(); i++) {
            String k = key(truthNotes.get(i).text(), 30);
            if (k.length() < 8) {
                k = key(truthNotes.get(i).text(), 60);
            }
            String prefix = k.substring(0, Math.min(k.length(), Math.max(8, Math.min(k.length(), 30))));
            for (Map.Entry<String, String> e : keys.entrySet()) {
                String dk = e.getValue();
                if (!used.contains(e.getKey()) && !dk.isEmpty()
                        && (dk.startsWith(prefix) || k.startsWith(dk.substring(0, Math.min(30, dk.length()))) && dk.length() >= 12)) {
                    used.add(e.getKey());
                    noteLabel.put(i, e.getKey());
                    break;
                }
            }
        }
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String n : truthRefs) {
            List<Integer> idxs = new ArrayList<>();
            for (int i = 0; i < truthNotes.size(); i++) {
                if (truthNotes.get(i).n().equals(n)) {
                    idxs.add(i);
                }
            }
            int c = seen.merge(n, 1, Integer::sum) - 1;
            labels.add(idxs.isEmpty() ? null : noteLabel.get(idxs.get(Math.min(c, idxs.size() - 1))));
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
        Set<String> good = new HashSet<>(noteLabel.values());
        int stray = (int) order.stream().filter(l -> !good.contains(l)).count();
        List<String> headKeys = heads.stream().map(x -> key(x, 200)).toList();
        int found = 0;
        for (String t : truthHeads) {
            String tk = key(t, 200);
            if (headKeys.stream().anyMatch(x -> !x.isEmpty() && (x.equals(tk) || x.startsWith(tk)))) {
                found++;
            }
        }
        return new CorpusScore(got, truthRefs.size(), noteLabel.size(), truthNotes.size(), found, truthHeads.size(), stray);
    }

    /** Letters and digits only, lower case, the first {@code n}. */
    static String key(String s, int n) {
        String k = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^a-z0-9]+", "");
        return k.length() > n ? k.substring(0, n) : k;
    }
}
