package org.edition.model;

/**
 * An author of a report.
 *
 * @param name        the name as it should be shown ("Giovanna De Maio")
 * @param affiliation the affiliation as printed, or empty
 */
public record Author(String name, String affiliation) {
    public Author {
        name = name == null ? "" : name.strip();
        affiliation = affiliation == null ? "" : affiliation.strip();
    }

    /** The family name: the last word of the name (for citations and sorting). */
    public String familyName() {
        String[] parts = name.split("\\s+");
        if (parts.length >= 3 && parts[parts.length - 2].matches("(?i)de|da|van|von|di|le|la|du|del")) {
            return parts[parts.length - 2] + " " + parts[parts.length - 1];
        }
        return parts[parts.length - 1];
    }

    /** The given names: everything before the family name. */
    public String givenNames() {
        String family = familyName();
        return name.substring(0, Math.max(0, name.length() - family.length())).strip();
    }
}
