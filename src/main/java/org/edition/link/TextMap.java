package org.edition.link;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The reader-visible text of a rendered block, with every character traced back to the text node it
 * comes from, so a match in the text can be marked in the HTML. Note reference numbers, page labels,
 * emendation marks and paragraph numbers are left out; white space runs count as one space.
 */
final class TextMap {
    /** Elements whose text is not part of the reading text. */
    static final Evaluator SKIPPED = QueryParser.parse( // compiled once: jsoup parses a selector string at every call
            "sup:has(a[role=doc-noteref]), [role=doc-pagebreak], a.emendation-mark, a.para-number, .annotation-mark");

    private final StringBuilder text = new StringBuilder();
    /** For each character of the text, its text node and its offset in it (arrays, not lists: no boxing per character). */
    private TextNode[] nodes = new TextNode[64];
    private int[] offsets = new int[64];

    private TextMap() {
    }

    /** Maps the text of an element. */
    static TextMap of(Element element) {
        TextMap map = new TextMap();
        java.util.Set<Element> skipped = new java.util.HashSet<>(element.select(SKIPPED));
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideSkipped(t, skipped, element)) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        boolean space = Character.isWhitespace(c) || c == '\u00a0';
                        if (space) {
                            if (map.text.length() == 0 || map.text.charAt(map.text.length() - 1) == ' ') {
                                continue;
                            }
                            c = ' ';
                        }
                        map.add(c, t, i);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // Nothing to do on leaving a node.
            }
        }, element);
        while (map.text.length() > 0 && map.text.charAt(map.text.length() - 1) == ' ') {
            map.text.setLength(map.text.length() - 1);
            map.nodes[map.text.length()] = null;
        }
        return map;
    }

    private void add(char c, TextNode node, int offset) {
        int at = text.length();
        if (at == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, 2 * at);
            offsets = java.util.Arrays.copyOf(offsets, 2 * at);
        }
        text.append(c);
        nodes[at] = node;
        offsets[at] = offset;
    }

    private static boolean insideSkipped(Node node, java.util.Set<Element> skipped, Element root) {
        for (Node p = node.parent(); p != null && p != root; p = p.parent()) {
            if (p instanceof Element e && skipped.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** The reading text. */
    String text() {
        return text.toString();
    }

    /** The text node holding the character at a position of the text. */
    TextNode nodeAt(int index) {
        return nodes[index];
    }

    /** The character's offset inside its text node. */
    int offsetAt(int index) {
        return offsets[index];
    }

    /** Whether the characters from start (inclusive) to end (exclusive) all lie in one text node. */
    boolean inOneNode(int start, int end) {
        return end > start && nodes[start] == nodes[end - 1];
    }

    /** Inserts a node right after the character at a position of the text. */
    void insertAfter(int index, Node inserted) {
        TextNode node = nodes[index];
        int cut = offsets[index] + 1;
        if (cut < node.getWholeText().length()) {
            node.splitText(cut);
        }
        node.after(inserted);
    }

    /**
     * Wraps a range that lies in one text node in a new element (split out of the text node).
     *
     * @return the new element, holding exactly the range's text
     */
    Element wrap(int start, int end, Element wrapper) {
        TextNode node = nodes[start];
        int from = offsets[start];
        int to = offsets[end - 1] + 1;
        TextNode middle = from > 0 ? node.splitText(from) : node;
        if (to - from < middle.getWholeText().length()) {
            middle.splitText(to - from);
        }
        middle.before(wrapper);
        wrapper.appendChild(middle);
        return wrapper;
    }
}
