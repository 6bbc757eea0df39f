package org.edition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.FrontMatter;
import org.edition.ingest.source.SourceDecoder;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code edition import}: shows the edition Markdown an importer makes of one source, and its report. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Imports one source text and writes its edition Markdown (with [^n] notes) to standard output or FILE;",
        "the import report goes to standard error. The format is sniffed unless --format names it."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The raw source text, or the report's PDF.")
    Path source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf-text, pdf-markdown, markdown or pdf (default: sniffed; a PDF file is read as pdf).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the Markdown to FILE instead of standard output.")
    Path output;

    @Option(names = "--full-report", description = "Print every intervention, and every note reference without a note and note without a reference, "
            + "with its source line, not only the counts and the first lines to check.")
    boolean fullReport;

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<SourceFormat> declared = Optional.empty();
        if (format != null) {
            declared = Optional.of(SourceFormat.byId(format).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown format '" + format + "'; the formats are " + SourceFormat.allIds())));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw EditionException.content(source.toString(), 0, "cannot read the source: " + e.getMessage());
        }
        SourceText text = SourceDecoder.decode(source.toString(), bytes);
        Importers.Imported imported = Importers.standard().importSource(FrontMatter.split(text).body(), declared);
        PrintWriter err = spec.commandLine().getErr();
        err.print(fullReport ? imported.report().toFullText() : imported.report().toText());
        err.flush();
        var errors = imported.report().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new EditionException(EditionException.Kind.CONTENT, errors, null);
        }
        String markdown = imported.text().markdown();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(markdown);
            out.flush();
        } else {
            try {
                Files.writeString(output, markdown, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EditionException(EditionException.Kind.OUTPUT,
                        Diagnostic.error(output.toString(), 0, "cannot write: " + e.getMessage()), e);
            }
        }
        return ExitCodes.OK;
    }
}
