package org.edition.ingest.pdfmarkdown;

/**
 * Superscript digits written as characters ({@code debt.¹²}, {@code ¹ The survey …}), as converters of
 * word-processor and web documents leave note marks: read as the superscripts they are, so that the one
 * reading of superscripts decides which are note references; the others ({@code 10 km²}) keep the
 * author's characters.
 */
final class UnicodeSuperscripts {
    static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private UnicodeSuperscripts() {
    }

    /** The digits of a run of superscript digits, in ASCII ({@code ¹²} is {@code 12}; {@code ¹,²} is {@code 1,2}). */
    static String digits(String superscripts) {
        StringBuilder s = new StringBuilder(superscripts.length());
        for (int i = 0; i < superscripts.length(); i++) {
            char c = superscripts.charAt(i);
            int d = DIGITS.indexOf(c);
            s.append(d >= 0 ? (char) ('0' + d) : ',');
        }
        return s.toString();
    }
}
