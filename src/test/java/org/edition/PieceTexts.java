package org.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts made of pieces chosen at random, for tests that compare a shortcut with the exact computation it stands
 * in for: the same texts on every run (a fixed seed).
 */
public final class PieceTexts {
    private PieceTexts() {
    }

    /**
     * @param pieces    what the texts are made of
     * @param count     how many texts
     * @param mostPieces the most pieces in one text (each text has 1 to this many)
     * @param seed      the random generator's seed
     */
    public static List<String> of(String[] pieces, int count, int mostPieces, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(mostPieces); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
