package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the note references and note texts of edition Markdown, whatever importer made it, and reads
 * the note sequence they make: the series (numbering that starts again at 1 is labelled {@code 1-2},
 * {@code 2-2} …), the symbol and named notes, the gaps and the numbers out of sequence, and what does
 * not match: references without a note, notes without a reference. Fenced code is not read.
 *
 * @param references       labels of the references, in reading order (a label cited twice is listed twice)
 * @param definitions      labels of the note texts, in order
 * @param withoutNote      labels cited but without a note text, in order of first citation
 * @param withoutReference labels with a note text but never cited
 * @param outOfSequence    numbered labels out of the running sequence of their series, in reading order
 * @param brokenOff        labels of notes marked as breaking off in the source
 * @param series           the series of numbered notes, first series first
 * @param unnumbered       symbol and named labels, each once, cited or with a text, in order of appearance
 */
public record NoteCensus(List<String> references, List<String> definitions, List<String> withoutNote,
        List<String> withoutReference, List<String> outOfSequence, List<String> brokenOff,
        List<NoteSeries> series, List<String> unnumbered) {

    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\[\\^([^\\]\\s\\\\]+)\\]");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    public NoteCensus {
        references = List.copyOf(references);
        definitions = List.copyOf(definitions);
        withoutNote = List.copyOf(withoutNote);
        withoutReference = List.copyOf(withoutReference);
        outOfSequence = List.copyOf(outOfSequence);
        brokenOff = List.copyOf(brokenOff);
        series = List.copyOf(series);
        unnumbered = List.copyOf(unnumbered);
    }

    /** Takes the census of a Markdown text. */
    public static NoteCensus of(String markdown) {
        String text = withoutFencedCode(markdown);
        Map<String, String> bodies = definitions(text);
        List<String> labels = new ArrayList<>(bodies.keySet());
        List<String> brokenOff = labels.stream().filter(l -> bodies.get(l).contains(EditionMarkers.NOTE_BREAKS_OFF)).toList();
        List<String> references = new ArrayList<>();
        Matcher r = REFERENCE.matcher(text);
        while (r.find()) {
            boolean definition = text.startsWith(":", r.end()) && (r.start() == 0 || text.charAt(r.start() - 1) == '\n');
            if (!definition) {
                references.add(r.group(1));
            }
        }
        Set<String> cited = new LinkedHashSet<>(references);
        List<String> withoutNote = cited.stream().filter(l -> !bodies.containsKey(l)).toList();
        List<String> withoutReference = labels.stream().filter(l -> !cited.contains(l)).toList();
        List<NoteSeries> series = series(references, labels);
        List<String> outOfSequence = inReadingOrder(series.stream().flatMap(s -> s.misplacedLabels().stream()).toList(),
                references.isEmpty() ? labels : new ArrayList<>(cited));
        Set<String> unnumbered = new LinkedHashSet<>();
        for (String label : concat(references, labels)) {
            if (!NoteLabel.parse(label).numbered()) {
                unnumbered.add(label);
            }
        }
        return new NoteCensus(references, labels, withoutNote, withoutReference, outOfSequence, brokenOff, series,
                List.copyOf(unnumbered));
    }

    /** Number of distinct labels cited. */
    public int distinctReferences() {
        return new LinkedHashSet<>(references).size();
    }

    /** Whether the running sequence was read from the note texts, the source having no references. */
    public boolean readFromTexts() {
        return references.isEmpty();
    }

    /** The symbol labels ({@code *}, {@code †} …), each once. */
    public List<String> symbols() {
        return unnumbered.stream().filter(l -> NoteLabel.parse(l).kind() == NoteLabel.Kind.SYMBOL).toList();
    }

    /** The labels an author named ({@code intro}), each once. */
    public List<String> named() {
        return unnumbered.stream().filter(l -> NoteLabel.parse(l).kind() == NoteLabel.Kind.NAMED).toList();
    }

    /** The labels missing from their series (neither cited nor with a text), series by series. */
    public List<String> gaps() {
        return series.stream().flatMap(s -> s.gaps().stream().map(s::label)).toList();
    }

    /** The labels far out of the running sequence, series by series. */
    public List<String> farOutOfSequence() {
        return series.stream().flatMap(s -> s.misplaced().stream().filter(NoteSeries.Misplaced::far)
                .map(m -> s.label(m.number()))).toList();
    }

    /** Whether every reference has its note and every note its reference, with no gap and nothing out of sequence. */
    public boolean clean() {
        return withoutNote.isEmpty() && withoutReference.isEmpty() && outOfSequence.isEmpty() && gaps().isEmpty();
    }

    private static Map<String, String> definitions(String text) {
        Map<String, String> bodies = new LinkedHashMap<>();
        Matcher d = DEFINITION.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (d.find()) {
            spans.add(new int[] {d.start(), d.end()});
            labels.add(d.group(1));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            bodies.merge(labels.get(i), text.substring(spans.get(i)[1], end), String::concat);
        }
        return bodies;
    }

    private static List<NoteSeries> series(List<String> references, List<String> definitions) {
        Map<Integer, List<Integer>> cited = new TreeMap<>();
        Map<Integer, List<Integer>> texts = new TreeMap<>();
        collect(references, cited, texts);
        collect(definitions, texts, cited);
        List<NoteSeries> series = new ArrayList<>();
        cited.forEach((number, numbers) -> series.add(NoteSeries.read(number, numbers, texts.get(number))));
        return series;
    }

    /** Adds each numbered label's number to its series in {@code into}, making the series in {@code other} too. */
    private static void collect(List<String> labels, Map<Integer, List<Integer>> into, Map<Integer, List<Integer>> other) {
        for (String text : labels) {
            NoteLabel label = NoteLabel.parse(text);
            if (label.numbered()) {
                into.computeIfAbsent(label.series(), k -> new ArrayList<>()).add(label.number());
                other.computeIfAbsent(label.series(), k -> new ArrayList<>());
            }
        }
    }

    private static List<String> inReadingOrder(List<String> labels, List<String> order) {
        Set<String> wanted = new LinkedHashSet<>(labels);
        return order.stream().filter(wanted::contains).distinct().toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String withoutFencedCode(String markdown) {
        if (!markdown.contains("```") && !markdown.contains("~~~")) {
            return markdown;
        }
        StringBuilder s = new StringBuilder(markdown.length());
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            boolean fence = FENCE.matcher(line).find();
            if (fence) {
                inFence = !inFence;
            }
            s.append(fence || inFence ? "" : line).append('\n');
        }
        return s.substring(0, s.length() - 1);
    }
}
