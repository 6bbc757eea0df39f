package org.edition.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.edition.parallel.EveryCore;

/**
 * Suggests glossary entries the editors have not written: acronyms the text defines ("Countering
 * America’s Adversaries Through Sanctions Act (CAATSA)"), acronyms it uses often, and proper names that
 * recur — each with no entry yet.
 */
public final class GlossaryCandidates {
    static final Pattern DEFINED = Pattern.compile(
            "((?:[A-Z][\\p{L}’'-]*[ ]+(?:(?:of|the|and|for|on|in|to|against|through|de|des|du|la|le|et)[ ]+)*){1,8}[A-Z][\\p{L}’'-]*)[ ]*(?:\\[\\^?\\d+\\])?[ ]*\\(([A-Z][A-Z0-9]{1,9}s?)\\)");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z][A-Z0-9]{1,7}(?![\\p{L}\\p{N}])");
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'])(?:[A-Z][\\p{Ll}’'-]+)(?:[ ]+(?:(?:of|the|for|de|al|bin)[ ]+)?[A-Z][\\p{Ll}’'-]+){1,3}(?![\\p{L}\\p{N}])");
    /** Acronyms every reader knows, never suggested. */
    private static final Set<String> COMMON = Set.of("US", "USA", "UK", "TV", "OK", "AM", "PM", "AD", "BC", "II", "III", "IV");
    private static final int FREQUENT = 3;
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An|In|On|Of|And|For|By|With|To|At)[ ]+");

    /** A suggestion: the term, why it is suggested, how often it occurs, and where first. */
    public record Candidate(String term, String reason, int count, String firstAt) {
        @Override
        public String toString() {
            return term + " (" + reason + ", " + count + "×, first at " + firstAt + ")";
        }
    }

    /** The candidates, most frequent first. */
    public List<Candidate> find(List<Report> reports, Glossary glossary) {
        Set<String> known = new HashSet<>();
        for (GlossaryEntry e : glossary.entries()) {
            e.forms().forEach(f -> known.add(f.toLowerCase(Locale.ROOT)));
        }
        Map<String, String> defined = new LinkedHashMap<>();
        Map<String, Integer> acronyms = new TreeMap<>();
        Map<String, Integer> names = new TreeMap<>();
        Map<String, String> firstAt = new LinkedHashMap<>();
        for (Found f : EveryCore.map(reports, GlossaryCandidates::found)) {
            f.defined.forEach(defined::putIfAbsent);
            f.firstAt.forEach(firstAt::putIfAbsent);
            f.acronyms.forEach((k, n) -> acronyms.merge(k, n, Integer::sum));
            f.names.forEach((k, n) -> names.merge(k, n, Integer::sum));
        }
        List<Candidate> out = new ArrayList<>();
        defined.forEach((acronym, expansion) -> {
            if (!known.contains(acronym.toLowerCase(Locale.ROOT)) && !known.contains(expansion.toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(expansion + " (" + acronym + ")", "defined in the text",
                        acronyms.getOrDefault(acronym, 0) + 1, firstAt.getOrDefault(acronym, "?")));
            }
        });
        acronyms.forEach((acronym, n) -> {
            if (n >= FREQUENT && !COMMON.contains(acronym) && !defined.containsKey(acronym)
                    && !known.contains(acronym.toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(acronym, "acronym used often", n, firstAt.get(acronym)));
            }
        });
        names.forEach((name, n) -> {
            if (n >= FREQUENT && !known.contains(name.toLowerCase(Locale.ROOT)) && !coveredByKnown(name, known)) {
                out.add(new Candidate(name, "recurring name", n, firstAt.get(name)));
            }
        });
        out.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::term));
        return out;
    }

    /** What one report holds: acronyms it defines, acronyms and names with their counts, where each is first met. */
    private static final class Found {
        final Map<String, String> defined = new LinkedHashMap<>();
        final Map<String, Integer> acronyms = new HashMap<>();
        final Map<String, Integer> names = new HashMap<>();
        final Map<String, String> firstAt = new LinkedHashMap<>();
    }

    /** Reads one report (reports are read on every core, and what they hold merged in their order). */
    private static Found found(Report r) {
        Found f = new Found();
        for (Paragraph p : r.paragraphs()) {
            String where = r.id() + " ¶ " + p.number();
            String text = p.text();
            if (mayDefine(text)) {
                Matcher d = DEFINED.matcher(text);
                while (d.find()) {
                    String expansion = trimLeadingArticle(d.group(1));
                    if (initialsFit(expansion, d.group(2))) {
                        f.defined.putIfAbsent(d.group(2), expansion);
                    }
                }
            }
            count(ACRONYM.matcher(text), f.acronyms, f.firstAt, where);
            Matcher n = NAME.matcher(text);
            while (n.find()) {
                String name = trimLeadingArticle(POSSESSIVE.matcher(n.group()).replaceFirst(""));
                if (name.contains(" ")) {
                    f.names.merge(name, 1, Integer::sum);
                    f.firstAt.putIfAbsent(name, where);
                }
            }
        }
        return f;
    }

    /**
     * Whether the text has "(" followed by a capital letter, which every definition of an acronym holds: the
     * expression is tried only on such texts (it tries up to eight words from every capital letter: 1 % of a
     * build of 1,000 reports went to it, mostly on paragraphs without a parenthesis).
     */
    static boolean mayDefine(String text) {
        for (int i = text.indexOf('('); i >= 0 && i + 1 < text.length(); i = text.indexOf('(', i + 1)) {
            char next = text.charAt(i + 1);
            if (next >= 'A' && next <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static void count(Matcher m, Map<String, Integer> counts, Map<String, String> firstAt, String where) {
        while (m.find()) {
            String found = POSSESSIVE.matcher(m.group()).replaceFirst("");
            counts.merge(found, 1, Integer::sum);
            firstAt.putIfAbsent(found, where);
        }
    }

    private static boolean coveredByKnown(String name, Set<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream().anyMatch(k -> k.length() > 3 && (lower.contains(k) || k.contains(lower)));
    }

    private static String trimLeadingArticle(String s) {
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    /** Whether the acronym's letters are the initials of the expansion's capitalised words (in order). */
    static boolean initialsFit(String expansion, String acronym) {
        String letters = acronym.replaceAll("s$", "");
        StringBuilder initials = new StringBuilder();
        for (String word : expansion.split("[ -]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String i = initials.toString();
        int at = 0;
        for (char c : letters.toCharArray()) {
            int found = i.indexOf(c, at);
            if (found < 0) {
                return false;
            }
            at = found + 1;
        }
        return i.length() > 0 && i.charAt(0) == letters.charAt(0);
    }
}
