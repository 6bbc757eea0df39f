package org.edition.archive;

import java.io.IOException;

/** The bag cannot be checked at all: it is not a bag, or a file that says what it holds is unreadable. */
final class BagUnreadable extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    BagUnreadable(String file, String message) {
        this(file, 0, message);
    }

    BagUnreadable(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    /** As a finding. */
    Finding finding() {
        return new Finding(Finding.Kind.UNREADABLE, file, line, getMessage());
    }
}
