package org.edition.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The authors' notes, as DPUB-ARIA marks them: every reference ({@code a[role=doc-noteref]}) leads to
 * its note ({@code [role=doc-endnote]}), and the note leads back ({@code a[role=doc-backlink]}) to that
 * very reference; every back-link returns to a reference of its own note; a note nothing refers to is
 * worth a look.
 */
final class NoteCheck {
    private final PublishedSite site;
    private final Findings findings;

    NoteCheck(PublishedSite site, Findings findings) {
        this.site = site;
        this.findings = findings;
    }

    void check() {
        for (Page page : site.pages()) {
            check(page);
        }
    }

    private void check(Page page) {
        Map<Element, List<Element>> referencesOf = new HashMap<>();
        for (Element ref : page.document().select("a[role=doc-noteref]")) {
            findings.counted("note references");
            String label = "note reference " + ref.text();
            String href = ref.attr("href");
            if (!href.startsWith("#")) {
                findings.error(page, ref, label + " leads to " + href + ", not to a note on this page");
                continue;
            }
            Element note = page.ids().get(href.substring(1));
            if (note == null || !note.attr("role").equals("doc-endnote")) {
                findings.error(page, ref, label + " leads to " + href + (note == null ? ", which is not on this page"
                        : ", which is not a note (role=doc-endnote)"));
                continue;
            }
            referencesOf.computeIfAbsent(note, n -> new ArrayList<>()).add(ref);
            if (ref.id().isEmpty()) {
                findings.error(page, ref, label + " has no id, so its note cannot lead back to it");
            } else if (note.select("a[role=doc-backlink]").stream().noneMatch(b -> b.attr("href").equals("#" + ref.id()))) {
                findings.error(page, ref, label + " (#" + ref.id() + "): its note " + href + " has no back-link to it");
            }
        }
        for (Element note : page.document().select("[role=doc-endnote]")) {
            String label = "note " + (note.id().isEmpty() ? "" : "#" + note.id());
            if (!referencesOf.containsKey(note)) {
                findings.warning(page, note, label + ": no reference in the text leads to it");
            }
            for (Element back : note.select("a[role=doc-backlink]")) {
                Element target = back.attr("href").startsWith("#") ? page.ids().get(back.attr("href").substring(1)) : null;
                if (target == null || !referencesOf.getOrDefault(note, List.of()).contains(target)) {
                    findings.error(page, back, label + ": its back-link " + back.attr("href")
                            + " does not return to a reference to this note");
                }
            }
        }
    }
}
