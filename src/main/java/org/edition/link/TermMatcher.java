package org.edition.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;

/**
 * Finds glossary terms in text: every term and alias, longest first ("New START" before "START"), on
 * word boundaries, case-sensitive unless the entry says otherwise — so "NATO" never matches "nato" and
 * an acronym never matches inside a longer word.
 */
public final class TermMatcher {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private final FormFinder finder;
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> anyCase = new HashMap<>();

    /** A match: where it is, what it says, which entry. */
    public record Match(int start, int end, String text, String entryId) {
    }

    /** A matcher for every term and alias of a glossary. */
    public TermMatcher(Glossary glossary) {
        List<String[]> forms = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            for (String form : e.forms()) {
                forms.add(new String[] {form, e.id(), e.caseInsensitive() ? "i" : ""});
                if (e.caseInsensitive()) {
                    anyCase.put(form.toLowerCase(Locale.ROOT), e.id());
                } else {
                    exact.put(form, e.id());
                }
            }
        }
        forms.sort(Comparator.comparingInt((String[] f) -> -f[0].length()).thenComparing(f -> f[0]));
        this.finder = new FormFinder(forms.stream().map(f -> new FormFinder.Form(f[0], !f[2].isEmpty())).toList());
    }

    /** All matches in a text, left to right, never overlapping. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        for (FormFinder.Found m : finder.find(text)) {
            String found = WHITE_SPACE.matcher(m.text()).replaceAll(" ");
            String id = exact.get(found);
            if (id == null) {
                id = anyCase.get(found.toLowerCase(Locale.ROOT));
            }
            if (id != null) {
                matches.add(new Match(m.start(), m.end(), m.text(), id));
            }
        }
        return matches;
    }
}
