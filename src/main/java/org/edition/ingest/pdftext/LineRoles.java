package org.edition.ingest.pdftext;

import java.util.Arrays;

/** The role of every source line, filled in stage by stage. */
public final class LineRoles {
    private final LineRole[] roles;

    /** Every line body text, blank lines blank. */
    public LineRoles(SourceLines lines) {
        roles = new LineRole[lines.size() + 1];
        Arrays.fill(roles, LineRole.BODY);
        for (SourceLine line : lines.all()) {
            if (line.blank()) {
                roles[line.number()] = LineRole.BLANK;
            }
        }
    }

    /** The role of a line. */
    public LineRole get(int line) {
        return roles[line];
    }

    /** Gives a line a role. */
    public void set(int line, LineRole role) {
        roles[line] = role;
    }

    /** Whether a line is (still) body text. */
    public boolean isBody(int line) {
        return line >= 1 && line < roles.length && roles[line] == LineRole.BODY;
    }
}
