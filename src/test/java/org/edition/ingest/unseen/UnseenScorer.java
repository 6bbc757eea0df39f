package org.edition.ingest.unseen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edition.ingest.unseen.Score.Tally;

/**
 * Compares an import with its truth. The measures:
 * <ul>
 *   <li><b>references</b>: a truth reference is recovered when the output has a reference with the
 *       same label glued to (or following) the same word, compared by {@link Similarity#wordKey};
 *       matching is one to one, and output references left over are false references;</li>
 *   <li><b>note texts</b>: the output's note with the same label, plain text with whitespace
 *       collapsed, has a {@link Similarity#characterSimilarity character similarity} of at least
 *       {@value #NOTE_SIMILARITY} to the truth's, and every URL of the truth's note is in it whole;</li>
 *   <li><b>headings</b>: same text after whitespace collapsing (references, escapes and trailing
 *       {@code #} aside); the level is counted separately;</li>
 *   <li><b>body words</b>: the tokens of headings, paragraphs and list items (not notes, pull quotes,
 *       sidebars or markers) aligned by longest common subsequence: recall over the truth's tokens,
 *       precision over the output's;</li>
 *   <li><b>block breaks</b>: a truth block start is recovered if its first token is aligned with
 *       the first token of an output block, and conversely for precision;</li>
 *   <li><b>pull quotes and sidebars</b>: a marked block whose word keys have a Dice similarity of at
 *       least {@value #FLOAT_SIMILARITY} with the truth's.</li>
 * </ul>
 */
final class UnseenScorer {
    static final double NOTE_SIMILARITY = 0.95;
    static final double FLOAT_SIMILARITY = 0.9;

    private UnseenScorer() {
    }

    /** Scores edition Markdown against a truth document. */
    static Score score(TruthDocument truth, String markdown) {
        return score(ScoredText.of(truth), ScoredText.ofMarkdown(markdown));
    }

    /** Scores an output against its truth, both reduced to what is compared. */
    static Score score(ScoredText truth, ScoredText output) {
        Map<ScoredText.Reference, Integer> expected = new HashMap<>();
        truth.references().forEach(r -> expected.merge(r, 1, Integer::sum));
        int found = 0;
        for (ScoredText.Reference r : output.references()) {
            if (expected.getOrDefault(r, 0) > 0) {
                expected.merge(r, -1, Integer::sum);
                found++;
            }
        }
        int falseReferences = output.references().size() - found;

        int notes = 0;
        for (Map.Entry<String, String> note : truth.notes().entrySet()) {
            String text = output.notes().get(note.getKey());
            if (text != null && noteMatches(note.getValue(), text)) {
                notes++;
            }
        }

        List<ScoredText.Heading> unmatched = new ArrayList<>(output.headings());
        List<ScoredText.Heading> missing = new ArrayList<>();
        int atLevel = 0;
        for (ScoredText.Heading h : truth.headings()) {
            if (unmatched.remove(h)) {
                atLevel++;
            } else {
                missing.add(h);
            }
        }
        int headings = atLevel;
        for (ScoredText.Heading h : missing) {
            int other = firstWithText(unmatched, h.text());
            if (other >= 0) {
                unmatched.remove(other);
                headings++;
            }
        }

        List<String> truthWords = truth.bodyTokens();
        List<String> outputWords = output.bodyTokens();
        List<int[]> aligned = Similarity.alignment(truthWords, outputWords);
        Map<Integer, Integer> forward = new HashMap<>();
        Map<Integer, Integer> backward = new HashMap<>();
        aligned.forEach(p -> {
            forward.put(p[0], p[1]);
            backward.put(p[1], p[0]);
        });
        Set<Integer> truthStarts = new HashSet<>(truth.blockStarts());
        Set<Integer> outputStarts = new HashSet<>(output.blockStarts());
        int breaksFound = (int) truthStarts.stream().filter(i -> outputStarts.contains(forward.get(i))).count();
        int breaksRight = (int) outputStarts.stream().filter(j -> truthStarts.contains(backward.get(j))).count();

        int pullQuotes = floatsFound(truth.pullQuotes(), output.pullQuotes());
        int sidebars = floatsFound(truth.sidebars(), output.sidebars());

        return new Score(new Tally(found, truth.references().size()), falseReferences,
                new Tally(notes, truth.notes().size()),
                new Tally(headings, truth.headings().size()), new Tally(atLevel, headings),
                output.headings().size() - headings,
                new Tally(aligned.size(), truthWords.size()), new Tally(aligned.size(), outputWords.size()),
                new Tally(breaksFound, truthStarts.size()), new Tally(breaksRight, outputStarts.size()),
                new Tally(pullQuotes, truth.pullQuotes().size()), output.pullQuotes().size() - pullQuotes,
                new Tally(sidebars, truth.sidebars().size()), output.sidebars().size() - sidebars);
    }

    /** Whether an output note text recovers a truth note text. */
    static boolean noteMatches(String truth, String output) {
        List<String> outputUrls = MarkdownEscapes.urls(output);
        return Similarity.characterSimilarity(truth, output) >= NOTE_SIMILARITY
                && outputUrls.containsAll(MarkdownEscapes.urls(truth));
    }

    private static int firstWithText(List<ScoredText.Heading> headings, String text) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int floatsFound(List<String> truth, List<String> output) {
        List<List<String>> left = new ArrayList<>(output.stream().map(UnseenScorer::keys).toList());
        int found = 0;
        for (String text : truth) {
            List<String> keys = keys(text);
            for (int i = 0; i < left.size(); i++) {
                if (Similarity.tokenSimilarity(keys, left.get(i)) >= FLOAT_SIMILARITY) {
                    left.remove(i);
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    private static List<String> keys(String text) {
        return Similarity.tokens(text).stream().map(Similarity::wordKey)
                .filter(k -> k.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }
}
