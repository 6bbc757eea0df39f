package org.edition.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.EditionReader;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.model.Edition;
import org.edition.model.GlossaryEntry;
import org.edition.model.Note;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.model.Theme;
import org.junit.jupiter.api.Test;

/**
 * The form finder finds exactly what the one regular expression alternating every form finds (the way
 * terms and theme phrases were found before it): on every paragraph and note of the seed reports with
 * the seed glossary and themes, and on text made to trip it (letter case, white space, word edges, letters
 * beyond ASCII).
 */
class FormFinderTest {

    private static List<String> byExpression(FormFinder finder, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(finder.expression()).matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byFinder(FormFinder finder, String text) {
        return finder.find(text).stream().map(f -> f.start() + "-" + f.end() + ":" + f.text()).toList();
    }

    private static FormFinder finder(List<FormFinder.Form> forms) {
        List<FormFinder.Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt((FormFinder.Form f) -> -f.text().length()).thenComparing(FormFinder.Form::text));
        return new FormFinder(sorted);
    }

    @Test
    void findsWhatTheOneExpressionFindsInTheSeedReports() {
        Edition seed = new EditionReader(Importers.standard(), new MarkdownEngine()).read(Path.of("content"), Optional.empty())
                .edition();
        List<FormFinder.Form> forms = new ArrayList<>();
        for (GlossaryEntry e : seed.glossary().entries()) {
            e.forms().forEach(f -> forms.add(new FormFinder.Form(f, e.caseInsensitive())));
        }
        for (Theme t : seed.themes()) {
            t.phrases().forEach(p -> forms.add(new FormFinder.Form(p, true)));
        }
        assertTrue(forms.stream().anyMatch(FormFinder.Form::anyCase) && forms.stream().anyMatch(f -> !f.anyCase()));
        FormFinder finder = finder(forms);
        long found = 0;
        for (Report r : seed.reports()) {
            for (Paragraph p : r.paragraphs()) {
                List<String> expected = byExpression(finder, p.text());
                assertEquals(expected, byFinder(finder, p.text()), p.text());
                found += expected.size();
            }
            for (Note n : r.notes()) {
                assertEquals(byExpression(finder, n.text()), byFinder(finder, n.text()), n.text());
            }
        }
        assertTrue(found > 500, "forms found in the seed paragraphs: " + found);
    }

    @Test
    void findsWhatTheOneExpressionFindsInTextMadeToTripIt() {
        List<FormFinder.Form> forms = List.of(new FormFinder.Form("New START", false), new FormFinder.Form("START", false),
                new FormFinder.Form("arms control", true), new FormFinder.Form("İstanbul", true), new FormFinder.Form("sanctions", true),
                new FormFinder.Form("Ōtsuki", false), new FormFinder.Form("a", true), new FormFinder.Form("x y z", true),
                new FormFinder.Form("Straße", true), new FormFinder.Form("K", true), new FormFinder.Form("Σ", true),
                new FormFinder.Form("ß", true), new FormFinder.Form("ßa", true), new FormFinder.Form("co2", true),
                new FormFinder.Form("G7", false), new FormFinder.Form("x_y", true), new FormFinder.Form("article v", true),
                new FormFinder.Form("Article V", false), new FormFinder.Form("arms  race", true), new FormFinder.Form("x\ty", true),
                new FormFinder.Form("ß a", true), new FormFinder.Form("sanctions ", true));
        FormFinder finder = finder(forms);
        String[] pieces = {"New", "START", "new", "start", "Start", " ", "  ", "\t", "\n", "\u00a0", "arms", "ARMS", "control",
            "Control", "-", "_", "’", "'", "İstanbul", "istanbul", "ISTANBUL", "ıstanbul", "sanctions", "ſanctions", "SANCTIONS",
            "Ōtsuki", "ōtsuki", "a", "A", "x", "y", "z", "X", "Y", "Z", "Straße", "STRASSE", "straße", "K", "k", "\u212a",
            "σ", "ς", "Σ", "1", "2017", "é", "\uD835\uDC00", ".", ",", "(", ")", "ß", "ẞ", "SSA", "ßA", "co2", "CO2", "²", "٣",
            "G7", "g7", "x_y", "X_Y", "\uD835", "\uDC00", "b", "B", "Ⅻ", "ǅ", "ǆ", "article", "ARTICLE", "V", "v", "race", "\r\n",
            "\u000b", "\f", "\u2003"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byExpression(finder, text.toString()), byFinder(finder, text.toString()), text.toString());
        }
    }
}
