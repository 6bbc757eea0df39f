package org.edition.cli;

import java.util.Optional;
import picocli.CommandLine;

/** Reads {@code SOURCE_DATE_EPOCH}, which dates the edition when edition.yaml gives no date. */
final class SourceDateEpoch {
    private SourceDateEpoch() {
    }

    /**
     * The variable's value in seconds, if set.
     *
     * @throws CommandLine.ParameterException (exit 2) if it is set to something other than a whole number
     */
    static Optional<Long> read(CommandLine commandLine) {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(commandLine,
                    "SOURCE_DATE_EPOCH must be a whole number of seconds, not '" + value + "'");
        }
    }
}
