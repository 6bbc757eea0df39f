package org.edition.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} and {@code --templates} options, mixed into every command that builds the edition. */
final class EditionFolders {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "The templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;
}
