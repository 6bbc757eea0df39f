package org.edition.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sizes one document is set in: the body size (the size most characters are set in), and the
 * size of its footnotes (the size of the lines that open with a raised number in the lower part of
 * a page, if smaller than the body).
 *
 * @param body the body text's size in points
 * @param note the footnotes' size in points (the body size where the notes are not set smaller)
 */
record TypographicProfile(float body, float note) {

    /** Measures the lines of all pages (running heads and page numbers already taken out). */
    static TypographicProfile of(List<List<TextLine>> pages, List<PdfPage> pdf) {
        Map<Float, Integer> sizes = new HashMap<>();
        Map<Float, Integer> notes = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            float height = pdf.get(p).height();
            for (TextLine line : pages.get(p)) {
                for (Run r : line.runs()) {
                    if (!r.raised()) {
                        sizes.merge(rounded(r.size()), r.text().replace(" ", "").length(), Integer::sum);
                    }
                }
                boolean numbered = line.opensRaised() && line.runs().size() > 1
                        || line.text().matches("[0-9]{1,3}\\.?\\s+\\p{L}.*");
                if (numbered && line.baseline() > height * 0.5f) {
                    notes.merge(rounded(line.size()), line.length(), Integer::sum);
                }
            }
        }
        float body = mode(sizes, 10f);
        float note = notes.entrySet().stream().filter(e -> e.getKey() < body || notes.size() == 1 && e.getKey() <= body)
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(body);
        return new TypographicProfile(body, note);
    }

    /** Whether a line is set smaller than the body. */
    boolean smaller(TextLine line) {
        return line.size() < body - 0.4f && line.size() < body * 0.96f;
    }

    /** Whether a line is set in about the body size. */
    boolean bodySized(TextLine line) {
        return Math.abs(line.size() - body) <= Math.max(0.4f, body * 0.04f);
    }

    /** Whether a line is set in about the footnote size. */
    boolean noteSized(TextLine line) {
        return Math.abs(line.size() - note) <= Math.max(0.4f, note * 0.05f);
    }

    private static float mode(Map<Float, Integer> counts, float otherwise) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(otherwise);
    }

    private static float rounded(float size) {
        return Math.round(size * 2f) / 2f;
    }
}
