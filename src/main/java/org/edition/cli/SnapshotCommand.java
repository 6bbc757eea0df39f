package org.edition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edition.EditionSnapshot;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;
import org.edition.publish.snapshot.Snapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition snapshot}: builds the edition and packs it, with its sources, as an archival snapshot. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = {
        "Builds the edition and writes an archival snapshot: a BagIt 1.0 bag holding the site as published, the",
        "content and templates as received, and the site as a WARC 1.1 file and a WACZ. -o FILE.zip writes the bag",
        "zipped. The same sources give the same bytes. Check a snapshot with: edition verify DIR|FILE.zip"})
final class SnapshotCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR|FILE.zip",
            description = "Where the snapshot goes: a new folder, or a new .zip file. Nothing existing is written over.")
    Path output;

    @CommandLine.Mixin
    EditionFolders folders = new EditionFolders();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at, under which the WARC records every file (default: edition.yaml's base-url).")
    String baseUrl;

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (baseUrl != null && !(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/").matches(Snapshot.Description.BASE_URL)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an http(s) URL like https://example.org/edition/, not '" + baseUrl + "'");
        }
        EditionSnapshot.Result result = new EditionSnapshot(EditionCommand.version()).run(new EditionSnapshot.Options(
                folders.content, folders.templates, output, SourceDateEpoch.read(spec.commandLine()), Optional.ofNullable(baseUrl)));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        long warnings = 0;
        for (Diagnostic d : result.diagnostics()) {
            warnings += d.severity() == Severity.WARNING ? 1 : 0;
            if (d.severity() != Severity.INFO || verbosity.verbose) {
                err.println(d);
            }
        }
        var w = result.written();
        out.printf("snapshot %s: a BagIt bag of %d payload files (%d KB in all), dated %s; the site as %d WARC records at %s, and a WACZ%s%n",
                w.target(), w.payloadFiles(), (w.bytes() + 1023) / 1024, result.description().date(), w.warcRecords(),
                result.description().baseUrl(), warnings == 0 ? "" : "; " + warnings + (warnings == 1 ? " warning" : " warnings"));
        out.printf("check it with: edition verify %s%n", w.target());
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
