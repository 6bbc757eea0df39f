package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the note references and note texts of edition Markdown, whatever importer made it, and
 * finds what does not match: references without a note, notes without a reference, numbers out of
 * sequence.
 *
 * @param references         labels of the references, in reading order (a label cited twice is listed twice)
 * @param definitions        labels of the note texts, in order
 * @param withoutNote        labels cited but without a note text
 * @param withoutReference   labels with a note text but never cited
 * @param outOfSequence      numeric labels first cited out of the running sequence
 * @param brokenOff          labels of notes marked as breaking off in the source
 */
public record NoteCensus(List<String> references, List<String> definitions, List<String> withoutNote,
        List<String> withoutReference, List<String> outOfSequence, List<String> brokenOff) {

    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)\\](?!:)");

    public NoteCensus {
        references = List.copyOf(references);
        definitions = List.copyOf(definitions);
        withoutNote = List.copyOf(withoutNote);
        withoutReference = List.copyOf(withoutReference);
        outOfSequence = List.copyOf(outOfSequence);
        brokenOff = List.copyOf(brokenOff);
    }

    /** Takes the census of a Markdown text. */
    public static NoteCensus of(String markdown) {
        Map<String, String> definitionTexts = new LinkedHashMap<>();
        Matcher d = DEFINITION.matcher(markdown);
        List<int[]> definitionStarts = new ArrayList<>();
        while (d.find()) {
            definitionStarts.add(new int[] {d.start(), d.end()});
            definitionTexts.put(d.group(1), "");
        }
        List<String> labels = new ArrayList<>(definitionTexts.keySet());
        List<String> brokenOff = new ArrayList<>();
        for (int i = 0; i < definitionStarts.size(); i++) {
            int end = i + 1 < definitionStarts.size() ? definitionStarts.get(i + 1)[0] : markdown.length();
            String body = markdown.substring(definitionStarts.get(i)[1], end);
            if (body.contains(EditionMarkers.NOTE_BREAKS_OFF)) {
                brokenOff.add(labels.get(i));
            }
        }
        List<String> references = new ArrayList<>();
        Matcher r = REFERENCE.matcher(markdown);
        while (r.find()) {
            references.add(r.group(1));
        }
        Set<String> cited = new LinkedHashSet<>(references);
        List<String> withoutNote = cited.stream().filter(l -> !definitionTexts.containsKey(l)).toList();
        List<String> withoutReference = labels.stream().filter(l -> !cited.contains(l)).toList();
        List<String> outOfSequence = new ArrayList<>();
        int expected = 1;
        Set<String> seen = new LinkedHashSet<>();
        for (String label : references) {
            if (!label.matches("\\d{1,6}") || !seen.add(label)) {
                continue;
            }
            int n = Integer.parseInt(label);
            if (n != expected) {
                outOfSequence.add(label);
            }
            expected = Math.max(expected, n + 1);
        }
        return new NoteCensus(references, labels, withoutNote, withoutReference, outOfSequence, brokenOff);
    }

    /** Number of distinct labels cited. */
    public int distinctReferences() {
        return new LinkedHashSet<>(references).size();
    }
}
