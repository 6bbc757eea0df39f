import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a deterministic synthetic corpus of policy reports in clean Markdown, for the scale benchmark
 * ({@code bench/scale.sh}). Run with the JDK's source launcher, no build needed:
 *
 * <pre>java bench/SyntheticCorpus.java SEED_MARKDOWN_DIR OUT_DIR REPORTS [WORDS]</pre>
 *
 * <p>SEED_MARKDOWN_DIR holds the seed reports' edition Markdown (what {@code edition import} prints); their
 * sentences, headings and notes are the material. Each synthetic report has about WORDS words (default
 * 8,000) in sections and paragraphs shaped like the seed's, with note references and notes (half of them
 * seed notes, half citations drawn from a shared pool of sources, so the reports cite sources in common),
 * and one lower-case word in five replaced by a word of a Zipf-like vocabulary of 400,000 words, so the
 * vocabulary grows with the corpus as real vocabularies do. Report r is made from its own random seed:
 * the first 100 reports of a corpus of 1,000 are the corpus of 100.
 *
 * <p>Each report goes to {@code OUT_DIR/synthetic-NNNN.md} with YAML front matter both the edition and
 * Hugo read (id, title, authors, date, format). Not a test and not part of the tool.
 */
public final class SyntheticCorpus {
    private static final Pattern NOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”’\"')]?)\\s+(?=[A-Z“‘\"])");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])[a-z]{3,}(?![\\p{L}\\p{N}'’-])");
    private static final String[] GIVEN = {"Anna", "Boris", "Claire", "David", "Elena", "Farid", "Grace", "Hugo", "Irina",
        "James", "Keiko", "Lars", "Maria", "Nikolai", "Olga", "Pierre", "Quentin", "Rosa", "Samuel", "Tatiana"};
    private static final String[] FAMILY = {"Abbott", "Bauer", "Castillo", "Dubois", "Eriksen", "Fischer", "Gordon",
        "Hayes", "Ivanova", "Jensen", "Kowalski", "Laurent", "Morozov", "Nakamura", "Okafor", "Petrov", "Quinn",
        "Rossi", "Schmidt", "Tanaka", "Underwood", "Volkova", "Weber", "Young", "Zhukov"};
    private static final String[] PUBLISHERS = {"Carnegie Endowment for International Peace", "Brookings Institution",
        "Chatham House", "RAND Corporation", "European Council on Foreign Relations", "Council on Foreign Relations",
        "International Institute for Strategic Studies", "Valdai Discussion Club", "Center for Strategic and International Studies",
        "Stockholm International Peace Research Institute", "Atlantic Council", "Wilson Center"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final int VOCABULARY = 400_000;
    private static final int SOURCE_POOL = 3_000;

    private final List<String> sentences = new ArrayList<>();
    private final List<String> headingWords = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private SyntheticCorpus(Path seedMarkdown) throws IOException {
        try (var files = Files.list(seedMarkdown)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                read(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences in " + seedMarkdown);
        }
    }

    private void read(String markdown) {
        for (String line : markdown.split("\n")) {
            String l = line.strip();
            if (l.startsWith("[^")) {
                int colon = l.indexOf("]:");
                if (colon > 0) {
                    String note = clean(l.substring(colon + 2));
                    if (note.length() > 20) {
                        notes.add(note);
                    }
                }
            } else if (l.startsWith("#")) {
                for (String w : l.replaceAll("^#+", "").split("\\s+")) {
                    if (w.matches("\\p{L}{4,}")) {
                        headingWords.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
                    }
                }
            } else if (!l.isEmpty() && Character.isLetter(l.charAt(0)) && !l.startsWith("<")) {
                for (String s : SENTENCE_END.split(clean(l))) {
                    if (s.split("\\s+").length >= 6 && s.matches(".*[.!?][”’\"')]?")) {
                        sentences.add(s);
                    }
                }
            }
        }
    }

    /** A seed line without note references, link targets, markers or emphasis marks. */
    private static String clean(String s) {
        String t = NOTE_REF.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        return t.replaceAll("<!--.*?-->", "").replaceAll("[*_`<>\\\\]", "").replaceAll("\\s+", " ").strip();
    }

    /** One synthetic report: front matter, then sections of paragraphs, then the notes. */
    private String report(int r, int words) {
        Random random = new Random(1_000_003L * (r + 1));
        StringBuilder body = new StringBuilder();
        List<String> noteTexts = new ArrayList<>();
        int written = 0;
        int untilHeading = 0;
        while (written < words) {
            if (untilHeading-- <= 0) {
                body.append(random.nextInt(4) == 0 && written > 0 ? "### " : "## ").append(heading(random)).append("\n\n");
                untilHeading = 6 + random.nextInt(10);
            }
            boolean list = random.nextInt(25) == 0;
            int count = list ? 3 + random.nextInt(3) : 2 + random.nextInt(6);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < count; s++) {
                String sentence = vary(sentences.get(random.nextInt(sentences.size())), random);
                written += sentence.split(" ").length;
                if (list) {
                    paragraph.append("- ").append(sentence).append('\n');
                } else {
                    paragraph.append(s == 0 ? "" : " ").append(sentence);
                }
                if (random.nextInt(6) == 0) {
                    noteTexts.add(random.nextBoolean() ? notes.get(random.nextInt(notes.size())) : citation(random));
                    paragraph.append("[^").append(noteTexts.size()).append(']');
                }
            }
            body.append(paragraph.toString().strip()).append("\n\n");
        }
        StringBuilder out = new StringBuilder();
        String id = String.format(Locale.ROOT, "synthetic-%04d", r);
        out.append("---\n");
        out.append("id: ").append(id).append('\n');
        out.append("title: \"Synthetic report ").append(r).append(": ").append(heading(random)).append("\"\n");
        out.append("authors:\n");
        for (int a = 0, n = 1 + random.nextInt(2); a < n; a++) {
            out.append("  - name: ").append(person(random)).append('\n');
        }
        out.append(String.format(Locale.ROOT, "date: %04d-%02d-%02d%n", 2014 + random.nextInt(10), 1 + random.nextInt(12),
                1 + random.nextInt(28)));
        out.append("format: markdown\n");
        out.append("---\n\n");
        out.append(body);
        for (int n = 0; n < noteTexts.size(); n++) {
            out.append("[^").append(n + 1).append("]: ").append(noteTexts.get(n)).append("\n\n");
        }
        return out.toString();
    }

    /** A seed sentence with one lower-case word in five replaced by a word of the synthetic vocabulary. */
    private static String vary(String sentence, Random random) {
        Matcher m = LOWER_WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, random.nextInt(5) == 0 ? rareWord(random) : m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A word of a Zipf-like vocabulary: rank drawn with probability about 1/rank. */
    private static String rareWord(Random random) {
        int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(VOCABULARY)));
        StringBuilder w = new StringBuilder("x");
        for (int n = rank; n > 0; n /= 26) {
            w.append((char) ('a' + n % 26));
        }
        return w.toString();
    }

    private String heading(Random random) {
        StringBuilder h = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
            h.append(i == 0 ? "" : " ").append(headingWords.get(random.nextInt(headingWords.size())));
        }
        return h.toString();
    }

    private static String person(Random random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    /** A citation of one source of a shared pool, the commonest cited most often. */
    private String citation(Random random) {
        int source = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(SOURCE_POOL)));
        Random s = new Random(77_777L * source);
        StringBuilder title = new StringBuilder();
        for (int i = 0, n = 3 + s.nextInt(5); i < n; i++) {
            title.append(i == 0 ? "" : " ").append(headingWords.get(s.nextInt(headingWords.size())));
        }
        return person(s) + ", “" + title + "”, " + PUBLISHERS[s.nextInt(PUBLISHERS.length)] + ", "
                + MONTHS[s.nextInt(12)] + " " + (2005 + s.nextInt(18)) + ", https://example.org/sources/" + source + ".";
    }

    /**
     * @param args the seed Markdown folder, the output folder, the number of reports, optionally the words per report
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java bench/SyntheticCorpus.java SEED_MARKDOWN_DIR OUT_DIR REPORTS [WORDS]");
            System.exit(2);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        int reports = Integer.parseInt(args[2]);
        int words = args.length > 3 ? Integer.parseInt(args[3]) : 8_000;
        for (int r = 0; r < reports; r++) {
            Files.writeString(out.resolve(String.format(Locale.ROOT, "synthetic-%04d.md", r)), corpus.report(r, words),
                    StandardCharsets.UTF_8);
        }
    }
}
