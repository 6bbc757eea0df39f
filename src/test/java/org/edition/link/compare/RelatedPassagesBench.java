package org.edition.link.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.edition.ingest.EditionReader;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.importer.Importers;
import org.edition.model.Report;
import org.edition.model.compare.ParagraphRef;
import org.edition.model.compare.ParagraphRelations;

/**
 * Times the related-passages step (not a test: run by {@code bench/related-passages.sh}). Measures the
 * inverted index on the two seed reports and on synthetic corpora of 25 to 200 reports, and, in the same
 * run, a naive loop that scores every pair of paragraphs of different reports on the same vectors — the
 * peer that shows how the two grow. Synthetic reports are made deterministically from the seed
 * paragraphs' sentences, with a share of their words replaced by words drawn from a Zipf-like vocabulary
 * that grows with the corpus, as real vocabularies do.
 */
public final class RelatedPassagesBench {
    private static final int REPETITIONS = 3;

    private RelatedPassagesBench() {
    }

    /**
     * @param args the content folder (default {@code content}), the largest corpus to time the naive loop on
     *             (default 200 reports), the length of the champion lists (default {@link RelatedPassages#CHAMPIONS})
     */
    public static void main(String[] args) {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int naiveUpTo = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int champions = args.length > 2 ? Integer.parseInt(args[2]) : RelatedPassages.CHAMPIONS;
        System.out.printf(Locale.ROOT, "champion lists of %d postings, threshold %.2f, %d timed runs after a warm-up%n",
                champions, RelatedPassages.THRESHOLD, REPETITIONS);
        List<Report> seed = new EditionReader(Importers.standard(), new MarkdownEngine()).read(content, Optional.empty())
                .edition().reports();
        List<List<Passage>> seedParts = seed.stream().map(Passage::of).toList();
        System.out.printf(Locale.ROOT, "%-10s %7s %6s %6s %11s %11s %9s %8s %9s %8s %6s %s%n", "corpus", "reports", "paras",
                "terms", "postings", "pairs", "index ms", "µs/para", "naive ms", "µs/para", "ratio", "same top passage / top-3 recall");
        row("seed", seedParts, true, champions);
        List<String> sentences = sentences(seedParts);
        for (int reports : new int[] {25, 50, 100, 200, 1000}) {
            row("synthetic", synthetic(reports, sentences, seedParts), reports <= naiveUpTo, champions);
        }
    }

    /** Paragraphs drawn for the exact comparison where the all-pairs loop over the whole corpus would take too long. */
    private static final int SAMPLE = 400;

    private static void row(String name, List<List<Passage>> parts, boolean naiveToo, int champions) {
        List<String> ids = parts.stream().map(p -> p.get(0).ref().reportId()).toList();
        RelatedPassages index = new RelatedPassages(champions, RelatedPassages.THRESHOLD);
        RelatedPassages.Result result = index.find(parts, ids);
        double indexMs = median(() -> index.find(parts, ids));
        String naive = "-";
        String naivePer = "-";
        String ratio = "-";
        String same = "-";
        if (naiveToo) {
            List<ParagraphRelations> all = allPairs(parts);
            double naiveMs = median(() -> allPairs(parts));
            naive = String.format(Locale.ROOT, "%.1f", naiveMs);
            naivePer = String.format(Locale.ROOT, "%.0f", 1000 * naiveMs / parts.stream().mapToInt(List::size).sum());
            ratio = String.format(Locale.ROOT, "%.1f×", naiveMs / indexMs);
            same = (all.equals(result.relations()) ? "identical; " : "") + agreement(all, result.relations());
        } else {
            same = agreement(sampledExact(parts, SAMPLE), result.relations()) + " (exact on a sample of " + SAMPLE + " paragraphs)";
        }
        int paragraphs = parts.stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "%-10s %7d %6d %6d %11d %11d %9.1f %8.0f %9s %8s %6s %s%n", name, parts.size(), paragraphs,
                result.stats().terms(), result.stats().postingsVisited(), result.stats().pairsScored(), indexMs,
                1000 * indexMs / paragraphs, naive, naivePer, ratio, same);
    }

    /** The median wall-clock time of several runs after one warm-up, in milliseconds. */
    private static double median(Supplier<?> work) {
        work.get();
        double[] ms = new double[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[REPETITIONS / 2];
    }

    /** The peer: every pair of paragraphs of different reports scored on the same TF-IDF vectors, top three kept. */
    static List<ParagraphRelations> allPairs(List<List<Passage>> parts) {
        List<Passage> docs = new ArrayList<>();
        parts.forEach(docs::addAll);
        int[] owner = new int[docs.size()];
        for (int r = 0, d = 0; r < parts.size(); r++) {
            for (int k = 0; k < parts.get(r).size(); k++) {
                owner[d++] = r;
            }
        }
        List<RelatedPassages.Vector> vectors = RelatedPassages.vectors(docs, new HashMap<>());
        List<ParagraphRelations> out = new ArrayList<>();
        int top = RelatedPassages.TOP;
        for (int d = 0; d < docs.size(); d++) {
            double[] bestScore = new double[top];
            int[] bestDoc = new int[top];
            int kept = 0;
            for (int e = 0; e < docs.size(); e++) {
                if (owner[d] == owner[e]) {
                    continue;
                }
                double s = dot(vectors.get(d), vectors.get(e));
                if (s < RelatedPassages.THRESHOLD || (kept == top && s <= bestScore[top - 1])) {
                    continue;
                }
                int at = Math.min(kept, top - 1);
                while (at > 0 && bestScore[at - 1] < s) {
                    bestScore[at] = bestScore[at - 1];
                    bestDoc[at] = bestDoc[at - 1];
                    at--;
                }
                bestScore[at] = s;
                bestDoc[at] = e;
                kept = Math.min(top, kept + 1);
            }
            List<org.edition.model.compare.RelatedPassage> best = new ArrayList<>();
            for (int k = 0; k < kept; k++) {
                best.add(new org.edition.model.compare.RelatedPassage(docs.get(bestDoc[k]).ref(), Math.min(1, bestScore[k])));
            }
            if (!best.isEmpty()) {
                out.add(new ParagraphRelations(docs.get(d).ref(), best));
            }
        }
        return out;
    }

    /**
     * The exact related passages of a deterministic sample of paragraphs: each scored against every paragraph
     * of the other reports on the same vectors, as the all-pairs loop scores it.
     */
    static List<ParagraphRelations> sampledExact(List<List<Passage>> parts, int sample) {
        List<Passage> docs = new ArrayList<>();
        parts.forEach(docs::addAll);
        int[] owner = new int[docs.size()];
        for (int r = 0, d = 0; r < parts.size(); r++) {
            for (int k = 0; k < parts.get(r).size(); k++) {
                owner[d++] = r;
            }
        }
        List<RelatedPassages.Vector> vectors = RelatedPassages.vectors(docs, new HashMap<>());
        Random random = new Random(400);
        int[] chosen = random.ints(0, docs.size()).distinct().limit(Math.min(sample, docs.size())).sorted().toArray();
        return java.util.Arrays.stream(chosen).parallel().mapToObj(d -> {
            int top = RelatedPassages.TOP;
            double[] bestScore = new double[top];
            int[] bestDoc = new int[top];
            int kept = 0;
            for (int e = 0; e < docs.size(); e++) {
                if (owner[d] == owner[e]) {
                    continue;
                }
                double s = dot(vectors.get(d), vectors.get(e));
                if (s < RelatedPassages.THRESHOLD || (kept == top && s <= bestScore[top - 1])) {
                    continue;
                }
                int at = Math.min(kept, top - 1);
                while (at > 0 && bestScore[at - 1] < s) {
                    bestScore[at] = bestScore[at - 1];
                    bestDoc[at] = bestDoc[at - 1];
                    at--;
                }
                bestScore[at] = s;
                bestDoc[at] = e;
                kept = Math.min(top, kept + 1);
            }
            List<org.edition.model.compare.RelatedPassage> best = new ArrayList<>();
            for (int k = 0; k < kept; k++) {
                best.add(new org.edition.model.compare.RelatedPassage(docs.get(bestDoc[k]).ref(), Math.min(1, bestScore[k])));
            }
            return best.isEmpty() ? null : new ParagraphRelations(docs.get(d).ref(), best);
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static double dot(RelatedPassages.Vector a, RelatedPassages.Vector b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms().length && j < b.terms().length) {
            if (a.terms()[i] == b.terms()[j]) {
                sum += a.weights()[i++] * b.weights()[j++];
            } else if (a.terms()[i] < b.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /**
     * How close the index's results come to the exact ones: the share of paragraphs whose most related
     * passage is the same, and the share of the exact top-three passages the index finds too.
     */
    static String agreement(List<ParagraphRelations> exact, List<ParagraphRelations> found) {
        Map<ParagraphRef, List<ParagraphRef>> x = new HashMap<>();
        Map<ParagraphRef, List<ParagraphRef>> y = new HashMap<>();
        exact.forEach(r -> x.put(r.paragraph(), r.related().stream().map(p -> p.paragraph()).toList()));
        found.forEach(r -> y.put(r.paragraph(), r.related().stream().map(p -> p.paragraph()).toList()));
        long sameFirst = 0;
        long wanted = 0;
        long recalled = 0;
        for (Map.Entry<ParagraphRef, List<ParagraphRef>> e : x.entrySet()) {
            List<ParagraphRef> mine = y.getOrDefault(e.getKey(), List.of());
            sameFirst += !mine.isEmpty() && mine.get(0).equals(e.getValue().get(0)) ? 1 : 0;
            wanted += e.getValue().size();
            recalled += e.getValue().stream().filter(mine::contains).count();
        }
        return x.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f%% / %.1f%%", 100.0 * sameFirst / x.size(), 100.0 * recalled / wanted);
    }

    private static List<String> sentences(List<List<Passage>> parts) {
        List<String> out = new ArrayList<>();
        for (List<Passage> part : parts) {
            for (Passage p : part) {
                Sentences.of(p.text()).forEach(s -> out.add(s.of(p.text())));
            }
        }
        return out;
    }

    /** A deterministic corpus of reports shaped like the seed's: as many paragraphs, of as many sentences. */
    static List<List<Passage>> synthetic(int reports, List<String> sentences, List<List<Passage>> shapes) {
        Random random = new Random(20171120L + reports);
        int[] lengths = shapes.stream().flatMap(List::stream).mapToInt(p -> Sentences.of(p.text()).size()).toArray();
        int perReport = shapes.stream().mapToInt(List::size).sum() / shapes.size();
        int vocabulary = 400 * reports;
        List<List<Passage>> out = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            List<Passage> part = new ArrayList<>();
            int paragraphs = perReport / 2 + random.nextInt(perReport);
            for (int i = 0; i < paragraphs; i++) {
                StringBuilder text = new StringBuilder();
                int length = lengths[random.nextInt(lengths.length)];
                for (int s = 0; s < length; s++) {
                    for (String word : sentences.get(random.nextInt(sentences.size())).split(" ")) {
                        text.append(random.nextDouble() < 0.2 ? rareWord(random, vocabulary) : word).append(' ');
                    }
                }
                part.add(new Passage(new ParagraphRef("synthetic-" + r, "p" + (i + 1), i + 1), "", text.toString().strip()));
            }
            out.add(part);
        }
        return out;
    }

    /** A word of a Zipf-like synthetic vocabulary: rank drawn with probability about 1/rank. */
    private static String rareWord(Random random, int vocabulary) {
        int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(vocabulary)));
        StringBuilder w = new StringBuilder("x");
        for (int n = rank; n > 0; n /= 26) {
            w.append((char) ('a' + n % 26));
        }
        return w.toString();
    }
}
