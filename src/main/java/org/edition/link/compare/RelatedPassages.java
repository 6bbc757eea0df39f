package org.edition.link.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.Report;
import org.edition.model.compare.ParagraphRelations;
import org.edition.model.compare.RelatedPassage;
import org.edition.parallel.EveryCore;

/**
 * For every paragraph, the most similar paragraphs of the other reports: the cosine of TF-IDF vectors
 * (weights (1 + log tf) · log(N/df) over content words, plurals stemmed, vectors of unit length), at most
 * {@link #TOP}, none below {@link #THRESHOLD}.
 *
 * <p>No pair of paragraphs is compared unless they share a term: scores are accumulated by walking the
 * postings of an inverted index, term by term. So that the work grows with the corpus and not with its
 * square, each term's postings are kept as a champion list (Manning, Raghavan and Schütze, <i>Introduction
 * to Information Retrieval</i>, 2008, §7.1.3): the {@link #CHAMPIONS} paragraphs where the term weighs most.
 * While no term occurs in more paragraphs than that — true of the seed edition — the scores are exact;
 * beyond, only the weakest contributions of the commonest terms are left out.
 */
public final class RelatedPassages {
    /**
     * Below this cosine a match is too weak to show. Whole paragraphs of different authors share few words,
     * so cosines are low: on the seed reports the best match of a paragraph scores 0.03 to 0.2, and read
     * side by side, pairs from 0.07 up treat the same matter (the Tomahawk strikes of April 2017, the INF
     * treaty, Baltic Sea exercises) while pairs below share little more than names.
     */
    public static final double THRESHOLD = 0.07;
    /** At most this many related paragraphs per paragraph. */
    public static final int TOP = 3;
    /** Postings kept per term. */
    public static final int CHAMPIONS = 400;
    /** Paragraphs cut into words at a time (on every core), so that the words of all of them are never held at once. */
    private static final int BATCH = 1024;
    private final int champions;
    private final double threshold;

    /**
     * The related paragraphs found, and what finding them cost.
     *
     * @param relations the paragraphs with related paragraphs, in the order of the passages given
     * @param stats     the work done
     */
    public record Result(List<ParagraphRelations> relations, Stats stats) {
    }

    /**
     * The work done.
     *
     * @param paragraphs      paragraphs indexed
     * @param terms           distinct terms indexed
     * @param postingsVisited postings walked (each at most one score update)
     * @param pairsScored     pairs of paragraphs that received a score (pairs sharing a term)
     */
    public record Stats(int paragraphs, int terms, long postingsVisited, long pairsScored) {
    }

    /** A paragraph's weighted terms, as parallel arrays of term ids and weights. */
    record Vector(int[] terms, double[] weights) {
    }

    /** One entry of a term's postings. */
    private record Posting(int doc, double weight) {
    }

    /** A term's postings as parallel arrays, for the inner loop. */
    private record Postings(int[] docs, double[] weights) {
    }

    public RelatedPassages() {
        this(CHAMPIONS, THRESHOLD);
    }

    /**
     * @param champions postings kept per term
     * @param threshold the lowest cosine shown
     */
    public RelatedPassages(int champions, double threshold) {
        this.champions = champions;
        this.threshold = threshold;
    }

    /** The related paragraphs of the reports' paragraphs. */
    public Result find(List<Report> reports) {
        return find(reports.stream().map(Passage::of).toList(), reports.stream().map(Report::id).toList());
    }

    /**
     * The related paragraphs of passages grouped by report.
     *
     * @param parts one list of passages per report
     * @param ids   the reports' ids, in the same order
     */
    Result find(List<List<Passage>> parts, List<String> ids) {
        List<Passage> docs = new ArrayList<>();
        parts.forEach(docs::addAll);
        int[] first = new int[docs.size()];
        int[] last = new int[docs.size()];
        for (int r = 0, d = 0; r < parts.size(); r++) {
            int from = d;
            int to = d + parts.get(r).size();
            for (; d < to; d++) {
                first[d] = from;
                last[d] = to;
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Vector> vectors = vectors(docs, vocabulary);
        List<Postings> postings = postings(vectors, vocabulary.size());
        int n = docs.size();
        int chunks = Math.max(1, Math.min(n, 64));
        List<Chunk> done = EveryCore.map(chunks,
                c -> rank((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks), docs, first, last, vectors, postings));
        List<ParagraphRelations> relations = new ArrayList<>();
        long visited = 0;
        long pairs = 0;
        for (Chunk c : done) {
            relations.addAll(c.relations());
            visited += c.visited();
            pairs += c.pairs();
        }
        return new Result(relations, new Stats(n, vocabulary.size(), visited, pairs));
    }

    /** The related paragraphs of a run of paragraphs, and the work it took. */
    private record Chunk(List<ParagraphRelations> relations, long visited, long pairs) {
    }

    /**
     * Ranks the related paragraphs of paragraphs {@code from} to {@code to} (exclusive) by walking the postings of
     * their terms. Runs of paragraphs are ranked on every core, each with its own score table.
     */
    private Chunk rank(int from, int to, List<Passage> docs, int[] first, int[] last, List<Vector> vectors, List<Postings> postings) {
        double[] scores = new double[docs.size()];
        int[] candidates = new int[docs.size()];
        List<ParagraphRelations> relations = new ArrayList<>();
        long visited = 0;
        long pairs = 0;
        for (int d = from; d < to; d++) {
            int found = 0;
            int ownFirst = first[d];
            int ownLast = last[d];
            Vector v = vectors.get(d);
            for (int k = 0; k < v.terms().length; k++) {
                Postings list = postings.get(v.terms()[k]);
                int[] listDocs = list.docs();
                double[] listWeights = list.weights();
                double weight = v.weights()[k];
                visited += listDocs.length;
                for (int i = 0; i < listDocs.length; i++) {
                    int e = listDocs[i];
                    if (e < ownFirst || e >= ownLast) {
                        if (scores[e] == 0) {
                            candidates[found++] = e;
                        }
                        scores[e] += weight * listWeights[i];
                    }
                }
            }
            pairs += found;
            List<RelatedPassage> best = best(candidates, found, scores, docs);
            if (!best.isEmpty()) {
                relations.add(new ParagraphRelations(docs.get(d).ref(), best));
            }
            for (int c = 0; c < found; c++) {
                scores[candidates[c]] = 0;
            }
        }
        return new Chunk(relations, visited, pairs);
    }

    /** Each paragraph's unit-length TF-IDF vector; fills the vocabulary (term → id). */
    static List<Vector> vectors(List<Passage> docs, Map<String, Integer> vocabulary) {
        int[][] ids = new int[docs.size()][];
        int[][] counts = new int[docs.size()][];
        int[] df = new int[16];
        for (int from = 0; from < docs.size(); from += BATCH) {
            List<List<String>> tokens = EveryCore.map(docs.subList(from, Math.min(docs.size(), from + BATCH)),
                    p -> Words.terms(p.text()));
            for (int k = 0; k < tokens.size(); k++) {
                List<String> doc = tokens.get(k);
                int[] seen = new int[doc.size()];
                for (int i = 0; i < doc.size(); i++) {
                    seen[i] = vocabulary.computeIfAbsent(doc.get(i), t -> vocabulary.size());
                }
                java.util.Arrays.sort(seen);
                int distinct = 0;
                for (int i = 0; i < seen.length; i++) {
                    distinct += i == 0 || seen[i] != seen[i - 1] ? 1 : 0;
                }
                int[] terms = new int[distinct];
                int[] tf = new int[distinct];
                for (int i = 0, j = -1; i < seen.length; i++) {
                    if (i == 0 || seen[i] != seen[i - 1]) {
                        terms[++j] = seen[i];
                    }
                    tf[j]++;
                }
                if (vocabulary.size() > df.length) {
                    df = java.util.Arrays.copyOf(df, Math.max(vocabulary.size(), 2 * df.length));
                }
                for (int t : terms) {
                    df[t]++;
                }
                ids[from + k] = terms;
                counts[from + k] = tf;
            }
        }
        List<Vector> vectors = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            int[] terms = ids[d];
            double[] weights = new double[terms.length];
            double norm = 0;
            for (int k = 0; k < terms.length; k++) {
                // StrictMath: the same bits on every processor and JVM (Math.log may differ in the last place), so the site is too
                weights[k] = (1 + StrictMath.log(counts[d][k])) * StrictMath.log((double) docs.size() / df[terms[k]]);
                norm += weights[k] * weights[k];
            }
            double length = Math.sqrt(norm);
            for (int i = 0; i < weights.length && length > 0; i++) {
                weights[i] /= length;
            }
            vectors.add(new Vector(terms, weights));
            counts[d] = null;
        }
        return vectors;
    }

    /** The {@link #TOP} best-scored candidates at or above the threshold, best first, ties to the earlier paragraph. */
    private List<RelatedPassage> best(int[] candidates, int found, double[] scores, List<Passage> docs) {
        int[] top = new int[TOP];
        int kept = 0;
        for (int c = 0; c < found; c++) {
            int e = candidates[c];
            if (scores[e] < threshold || (kept == TOP && !better(e, top[TOP - 1], scores))) {
                continue;
            }
            int at = Math.min(kept, TOP - 1);
            while (at > 0 && better(e, top[at - 1], scores)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = e;
            kept = Math.min(TOP, kept + 1);
        }
        List<RelatedPassage> out = new ArrayList<>();
        for (int k = 0; k < kept; k++) {
            out.add(new RelatedPassage(docs.get(top[k]).ref(), Math.min(1, scores[top[k]])));
        }
        return out;
    }

    private static boolean better(int a, int b, double[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    /** Each term's champion list: the paragraphs where it weighs most, strongest first; terms of one paragraph have none. */
    private List<Postings> postings(List<Vector> vectors, int terms) {
        int[] sizes = new int[terms];
        for (Vector v : vectors) {
            for (int k = 0; k < v.terms().length; k++) {
                if (v.weights()[k] > 0) {
                    sizes[v.terms()[k]]++;
                }
            }
        }
        int[][] docs = new int[terms][];
        double[][] weights = new double[terms][];
        for (int t = 0; t < terms; t++) {
            docs[t] = new int[sizes[t]];
            weights[t] = new double[sizes[t]];
        }
        int[] filled = new int[terms];
        for (int d = 0; d < vectors.size(); d++) {
            Vector v = vectors.get(d);
            for (int k = 0; k < v.terms().length; k++) {
                int t = v.terms()[k];
                if (v.weights()[k] > 0) {
                    docs[t][filled[t]] = d;
                    weights[t][filled[t]++] = v.weights()[k];
                }
            }
        }
        List<Postings> out = new ArrayList<>();
        Postings none = new Postings(new int[0], new double[0]);
        for (int t = 0; t < terms; t++) {
            if (sizes[t] < 2) {
                out.add(none);
            } else if (sizes[t] > champions) {
                out.add(champions(docs[t], weights[t]));
            } else {
                out.add(new Postings(docs[t], weights[t]));
            }
            docs[t] = null;
            weights[t] = null;
        }
        return out;
    }

    /** The champion list of a term's postings (in document order): the paragraphs where it weighs most, ties to the earlier. */
    private Postings champions(int[] docs, double[] weights) {
        List<Posting> list = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            list.add(new Posting(docs[i], weights[i]));
        }
        list.sort(Comparator.comparingDouble((Posting p) -> -p.weight()).thenComparingInt(Posting::doc));
        list = new ArrayList<>(list.subList(0, champions));
        list.sort(Comparator.comparingInt(Posting::doc));
        return new Postings(list.stream().mapToInt(Posting::doc).toArray(), list.stream().mapToDouble(Posting::weight).toArray());
    }
}
