package org.edition.trust;

/**
 * A class that records being loaded or built: a YAML tag naming it ({@code !!org.edition.trust.Tripwire})
 * must never make the YAML reader load or construct it.
 */
public final class Tripwire {
    static {
        Record.tripped = true;
    }

    public Tripwire() {
        Record.tripped = true;
    }

    public Tripwire(String ignored) {
        Record.tripped = true;
    }

    /** Where the tripwire records it; reading it does not load {@link Tripwire}. */
    static final class Record {
        static volatile boolean tripped;

        private Record() {
        }
    }
}
