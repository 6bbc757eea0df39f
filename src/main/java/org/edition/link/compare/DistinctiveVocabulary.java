package org.edition.link.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import org.edition.model.Report;
import org.edition.model.compare.DistinctiveTerm;
import org.edition.model.compare.ParagraphRef;
import org.edition.model.compare.ReportVocabulary;
import org.edition.parallel.EveryCore;

/**
 * The words and two-word phrases that most set each report apart from the others, measured as in Monroe,
 * Colaresi and Quinn, "Fightin' Words" (Political Analysis 16, 2008), §3.5: the log-odds ratio of a term
 * in one report against all the others, smoothed by an informative Dirichlet prior taken from the
 * combined corpus, divided by its estimated standard deviation.
 *
 * <p>For term w, report i and the rest j, with y the counts, n the totals, α<sub>w</sub> = α<sub>0</sub>
 * · y<sub>w</sub>/n the prior (α<sub>0</sub> its strength):
 * δ = log[(y<sub>i</sub>+α<sub>w</sub>)/(n<sub>i</sub>+α<sub>0</sub>−y<sub>i</sub>−α<sub>w</sub>)]
 * − log[(y<sub>j</sub>+α<sub>w</sub>)/(n<sub>j</sub>+α<sub>0</sub>−y<sub>j</sub>−α<sub>w</sub>)],
 * σ² ≈ 1/(y<sub>i</sub>+α<sub>w</sub>) + 1/(y<sub>j</sub>+α<sub>w</sub>), z = δ/σ. Words and phrases are
 * counted apart (each with its own totals); function words are left out.
 */
public final class DistinctiveVocabulary {
    /** The prior's default strength α<sub>0</sub>, in words: about a tenth of the seed reports' combined length. */
    public static final double PRIOR_STRENGTH = 1000;
    /** z above which a term counts as distinctive (two-sided 5 %). */
    static final double SIGNIFICANT = 1.96;
    private final double priorStrength;
    private final int minCount;
    private final int limit;

    /** A term's statistics in one report against the rest. */
    record Scored(String term, double z, int count, int otherCount) {
    }

    /** Term counts of one report (or of the corpus), words and phrases apart. */
    private static final class Counts {
        final Map<String, Integer> words = new HashMap<>();
        final Map<String, Integer> phrases = new HashMap<>();
        long wordTotal;
        long phraseTotal;
    }

    /** What is done with each term met: a word or a two-word phrase, and the paragraph it is in. */
    private interface TermVisitor {
        void visit(boolean phrase, String term, ParagraphRef where);
    }

    /** With the default prior, terms used three times or more, twelve terms per report. */
    public DistinctiveVocabulary() {
        this(PRIOR_STRENGTH, 3, 12);
    }

    /**
     * @param priorStrength α<sub>0</sub>, the prior's weight in words
     * @param minCount      how often a report must use a term for it to be listed
     * @param limit         how many terms to list per report
     */
    public DistinctiveVocabulary(double priorStrength, int minCount, int limit) {
        this.priorStrength = priorStrength;
        this.minCount = minCount;
        this.limit = limit;
    }

    /** Each report's distinctive vocabulary, in the order of the reports. */
    public List<ReportVocabulary> find(List<Report> reports) {
        return rank(reports.stream().map(Passage::of).toList());
    }

    /**
     * Each corpus part's distinctive vocabulary (one part per report, in order). In two passes over the parts,
     * so that the counts of every word and phrase of the corpus are never held at once: the first keeps each
     * part's totals and the terms it uses often enough to be listed; the second counts those terms, and only
     * those, in the whole corpus (the counts the scores need).
     */
    List<ReportVocabulary> rank(List<List<Passage>> parts) {
        List<Counts> own = EveryCore.map(parts, this::often);
        Set<String> words = new HashSet<>();
        Set<String> phrases = new HashSet<>();
        Counts all = new Counts();
        for (Counts c : own) {
            words.addAll(c.words.keySet());
            phrases.addAll(c.phrases.keySet());
            all.wordTotal += c.wordTotal;
            all.phraseTotal += c.phraseTotal;
        }
        Set<String> first = firstWords(phrases);
        for (Counts c : EveryCore.map(parts, p -> countOnly(p, words, phrases, first))) {
            c.words.forEach((t, n) -> all.words.merge(t, n, Integer::sum));
            c.phrases.forEach((t, n) -> all.phrases.merge(t, n, Integer::sum));
        }
        return EveryCore.map(parts.size(), i -> vocabulary(parts.get(i), own.get(i), all));
    }

    /** One part's distinctive terms against the whole corpus. */
    private ReportVocabulary vocabulary(List<Passage> part, Counts c, Counts all) {
        List<Scored> scored = new ArrayList<>(score(c.words, c.wordTotal, all.words, all.wordTotal));
        scored.addAll(score(c.phrases, c.phraseTotal, all.phrases, all.phraseTotal));
        List<Scored> significant = scored.stream().filter(s -> s.z() >= SIGNIFICANT)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.z()).thenComparing(Scored::term)).toList();
        List<Scored> listed = significant.stream().filter(s -> !coveredByPhrase(s, significant)).limit(limit).toList();
        Map<String, List<ParagraphRef>> places = places(part, listed.stream().map(Scored::term).collect(java.util.stream.Collectors.toSet()));
        List<DistinctiveTerm> terms = listed.stream()
                .map(s -> new DistinctiveTerm(s.term(), s.z(), s.count(), s.otherCount(), places.get(s.term()))).toList();
        String reportId = part.isEmpty() ? "" : part.get(0).ref().reportId();
        return new ReportVocabulary(reportId, terms);
    }

    /** Scores every term a part uses often enough against the rest of the corpus. */
    private List<Scored> score(Map<String, Integer> own, long ownTotal, Map<String, Integer> all, long allTotal) {
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            int yi = e.getValue();
            if (yi < minCount) {
                continue;
            }
            int yw = all.get(e.getKey());
            double alphaW = priorStrength * yw / allTotal;
            out.add(new Scored(e.getKey(), zScore(yi, ownTotal, yw - yi, allTotal - ownTotal, alphaW, priorStrength), yi, yw - yi));
        }
        return out;
    }

    /**
     * The z-score of a term's log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008, §3.5).
     *
     * @param yi     the term's count in the report
     * @param ni     the report's total count
     * @param yj     the term's count in the other reports
     * @param nj     their total count
     * @param alphaW the prior's pseudo-count for the term
     * @param alpha0 the prior's total pseudo-count
     */
    static double zScore(int yi, long ni, int yj, long nj, double alphaW, double alpha0) {
        // StrictMath: the same bits on every processor and JVM (Math.log may differ in the last place), so the site is too
        double delta = StrictMath.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - StrictMath.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
        double variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
        return delta / Math.sqrt(variance);
    }

    /** A word is not listed beside a distinctive phrase that holds it in half its uses or more. */
    private static boolean coveredByPhrase(Scored word, List<Scored> significant) {
        return !word.term().contains(" ") && significant.stream().anyMatch(t -> t.term().contains(" ")
                && List.of(t.term().split(" ")).contains(word.term()) && 2 * t.count() >= word.count());
    }

    /** Visits every word (not a function word) and every phrase of two such words of the passages, in order. */
    private static void forEachTerm(List<Passage> passages, TermVisitor visitor) {
        forEachTerm(passages, w -> true, visitor);
    }

    /**
     * Visits every word (not a function word) of the passages and every phrase of two such words whose first
     * word {@code mayBegin} accepts, in order (a pass that looks for some phrases only does not make the others).
     */
    private static void forEachTerm(List<Passage> passages, java.util.function.Predicate<String> mayBegin, TermVisitor visitor) {
        for (Passage p : passages) {
            List<Words.Word> words = Words.of(p.text());
            for (int k = 0; k < words.size(); k++) {
                Words.Word w = words.get(k);
                if (Words.isStop(w.text())) {
                    continue;
                }
                visitor.visit(false, w.text(), p.ref());
                if (k + 1 < words.size() && mayBegin.test(w.text())) {
                    Words.Word next = words.get(k + 1);
                    if (!Words.isStop(next.text()) && isPhraseGap(p.text(), w.end(), next.start())) {
                        visitor.visit(true, w.text() + " " + next.text(), p.ref());
                    }
                }
            }
        }
    }

    /**
     * Whether what stands between two words may stand inside a phrase: white space (what {@code \s+} matches:
     * space, tab, line feed, vertical tab, form feed, return) or one hyphen or dash (-, ‐, ‑, –).
     */
    static boolean isPhraseGap(String text, int from, int to) {
        if (to - from == 1 && "-‐‑–".indexOf(text.charAt(from)) >= 0) {
            return true;
        }
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The first words of the given phrases (terms holding a space). */
    private static Set<String> firstWords(Set<String> terms) {
        Set<String> first = new HashSet<>();
        for (String t : terms) {
            int space = t.indexOf(' ');
            if (space > 0) {
                first.add(t.substring(0, space));
            }
        }
        return first;
    }

    /** A part's totals, and the counts of the terms it uses often enough ({@code minCount}) to be listed. */
    private Counts often(List<Passage> passages) {
        Counts c = new Counts();
        forEachTerm(passages, (phrase, term, where) -> {
            (phrase ? c.phrases : c.words).merge(term, 1, Integer::sum);
            if (phrase) {
                c.phraseTotal++;
            } else {
                c.wordTotal++;
            }
        });
        c.words.values().removeIf(n -> n < minCount);
        c.phrases.values().removeIf(n -> n < minCount);
        return c;
    }

    /** The counts in a part of the given words and phrases only ({@code first}: the phrases' first words). */
    private static Counts countOnly(List<Passage> passages, Set<String> words, Set<String> phrases, Set<String> first) {
        Counts c = new Counts();
        forEachTerm(passages, first::contains, (phrase, term, where) -> {
            if ((phrase ? phrases : words).contains(term)) {
                (phrase ? c.phrases : c.words).merge(term, 1, Integer::sum);
            }
        });
        return c;
    }

    /** The paragraphs each of the given terms occurs in, in reading order. */
    private static Map<String, List<ParagraphRef>> places(List<Passage> passages, Set<String> terms) {
        Map<String, List<ParagraphRef>> places = new HashMap<>();
        forEachTerm(passages, firstWords(terms)::contains, (phrase, term, where) -> {
            if (terms.contains(term)) {
                List<ParagraphRef> list = places.computeIfAbsent(term, k -> new ArrayList<>());
                if (list.isEmpty() || !list.get(list.size() - 1).equals(where)) {
                    list.add(where);
                }
            }
        });
        return places;
    }
}
