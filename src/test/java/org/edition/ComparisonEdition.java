package org.edition;

import java.io.IOException;
import java.nio.file.Path;

/** A small edition of two reports that share themes, dates, a source and passages, for the comparison tests. */
public final class ComparisonEdition {
    private ComparisonEdition() {
    }

    public static final String ALPHA = """
            ---
            title: Alpha Report
            authors:
              - name: Ann Author
            date: 2017-10
            ---
            ## SANCTIONS

            In July 2017 Congress passed new sanctions against Russia, and the sanctions bill tied the president's hands.[^1]

            The INF Treaty is under strain; arms control is close to unravelling.

            ## OUTLOOK

            Relations are at their lowest point since the early 1980s. Gardens and tulips are not discussed.

            [^1]: Steven Pifer, “Tips for President Trump”, Brookings, 4 July 2017, https://www.brookings.edu/blog/tips/.
            """;
    public static final String BETA = """
            ---
            title: Beta Report
            authors:
              - name: Bea Writer
              - name: Cy Other
            date: 2020-11
            ---
            ## SANCTIONS

            Sanctions have become the primary tool of US policy towards Russia since July 2017, when Congress passed a new sanctions bill.[^1]

            ## ARMS CONTROL

            The United States withdrew from the INF Treaty; arms control suffered, and the renewal of New START is due by February 2021.

            Relations have reached their lowest point since the early 1980s.

            [^1]: Steven Pifer, "Trump's loss", Brookings, November 10, 2020.
            """;
    public static final String GLOSSARY = """
            - id: inf-treaty
              term: INF Treaty
              kind: treaty
              definition: The 1987 treaty on intermediate-range nuclear forces.
            - id: new-start
              term: New START
              kind: treaty
              definition: The 2010 treaty on strategic arms.
            """;
    public static final String THEMES = """
            - id: sanctions
              title: Sanctions
              phrases: [sanctions]
              synthesis: |
                Alpha sees [the bill](alpha "the sanctions bill tied the president's hands") as a constraint;
                Beta calls sanctions [the primary tool](beta "the primary tool of US policy").
            - id: arms-control
              title: Arms control
              terms: [inf-treaty, new-start]
              phrases: [arms control]
              synthesis: Both see [arms control](alpha#p2) in trouble.
            """;

    /** Two reports (alpha 2017, beta 2020) with a glossary of two treaties and two themes. */
    public static TestEdition twoReports(Path dir) throws IOException {
        TestEdition e = new TestEdition(dir);
        e.write("edition.yaml", "title: Two Reports\n");
        e.write("sources/alpha.md", ALPHA);
        e.write("sources/beta.md", BETA);
        e.write("glossary.yaml", GLOSSARY);
        e.write("themes.yaml", THEMES);
        return e;
    }

    /** Adds a third report, of 2022, that speaks of sanctions too. */
    public static TestEdition addThird(TestEdition e) throws IOException {
        return e.write("sources/gamma.md", "---\ntitle: Gamma\ndate: 2022\n---\nMore sanctions in 2022.\n");
    }
}
