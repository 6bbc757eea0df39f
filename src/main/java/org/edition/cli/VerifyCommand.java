package org.edition.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.edition.archive.Finding;
import org.edition.archive.SnapshotVerifier;
import org.edition.archive.Verification;
import org.edition.diagnostics.EditionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code edition verify}: checks a snapshot on its own, without the content or templates it was made from. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Checks a snapshot (a BagIt bag in a folder or a zip): every listed file there and nothing unlisted in the",
        "payload, every checksum, the Payload-Oxum, the tag manifests, every WARC record's digests and the WACZ's.",
        "Names each missing, unlisted or damaged file; exit code 0 when all is well, 6, 7 or 8 when not."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR|FILE.zip", description = "The snapshot.")
    Path snapshot;

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Verification v = new SnapshotVerifier().verify(snapshot);
        if (!v.valid()) {
            throw new EditionException(kind(v.gravest().orElseThrow()), v.findings().stream().map(Finding::diagnostic).toList(), null);
        }
        spec.commandLine().getOut().println(v.summary());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static EditionException.Kind kind(Finding.Kind gravest) {
        return switch (gravest) {
            case UNREADABLE -> EditionException.Kind.SNAPSHOT_UNREADABLE;
            case DAMAGED -> EditionException.Kind.SNAPSHOT_DAMAGED;
            case MISSING, EXTRA -> EditionException.Kind.SNAPSHOT_INCOMPLETE;
        };
    }
}
