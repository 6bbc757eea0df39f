package org.edition.render;

import org.edition.model.compare.ThemePassage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** A theme page's passages as HTML: the text, escaped, with each marking term in {@code <mark class="theme-term">}. */
public final class ThemeHighlight {

    /** The passage's text, escaped, with its marks. */
    public String html(ThemePassage passage) {
        String text = passage.text();
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element holder = doc.body();
        int at = 0;
        for (ThemePassage.Mark m : passage.marks()) {
            holder.appendChild(new TextNode(text.substring(at, m.start())));
            holder.appendElement("mark").addClass("theme-term").text(text.substring(m.start(), m.end()));
            at = m.end();
        }
        holder.appendChild(new TextNode(text.substring(at)));
        return holder.html();
    }
}
