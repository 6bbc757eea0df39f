package org.edition.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option, mixed into every command. */
final class Verbosity {
    @Option(names = "--verbose", description = "Show informational messages and, on failure, the stack trace.")
    boolean verbose;
}
