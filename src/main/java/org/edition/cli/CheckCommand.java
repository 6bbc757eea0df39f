package org.edition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.edition.EditionBuild;
import org.edition.check.PublishedSite;
import org.edition.check.SiteChecker;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition check}: builds the edition (or reads a built site) and checks it as a reader and a crawler would. */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Builds the edition (or reads --site DIR) and checks the site as a reader and a crawler would, offline.",
        "%nEvery internal link and anchor resolves, ids are unique, images have alt text, every page is reachable"
                + " from the home page, nothing is loaded from another host, every note reference has its note and"
                + " back-link, annotations and emendations are still anchored. Then the editors' to-do list: glossary"
                + " candidates, notes the sources lack, lines the importers ask to check. Problems are printed as"
                + " file:line: severity: message; exit code 10 if the site has errors."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "Check this built site instead of building.")
    Path siteFolder;

    @CommandLine.Mixin
    EditionFolders folders = new EditionFolders();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "Where the build writes the site (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<EditionBuild.Result> built = Optional.empty();
        Path folder = siteFolder;
        if (folder == null) {
            EditionBuild.Result result = new EditionBuild(EditionCommand.version())
                    .run(new EditionBuild.Options(folders.content, folders.templates, out, SourceDateEpoch.read(spec.commandLine())));
            built = Optional.of(result);
            folder = out;
            stdout.printf("check: built %s (%d reports, %d files)%n", out, result.edition().reports().size(), result.published().files());
        } else if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--site " + folder + " is not a folder");
        }
        PublishedSite site;
        try {
            site = PublishedSite.read(folder);
        } catch (IOException e) {
            throw new EditionException(EditionException.Kind.OUTPUT, Diagnostic.error(folder.toString(), 0, "cannot read the site: " + e.getMessage()), e);
        }
        SiteChecker.Report report = new SiteChecker().check(site, built, folders.content);
        report.problems().forEach(stdout::println);
        if (!report.todo().isEmpty()) {
            stdout.printf("to do (the editors' list, not errors of the site: %d %s)%s:%n", report.todo().size(),
                    report.todo().size() == 1 ? "item" : "items",
                    built.isPresent() ? "" : "; without --site the build's own items are listed too");
            report.todo().forEach(stdout::println);
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        StringBuilder marks = new StringBuilder();
        report.counts().forEach((what, n) -> marks.append(", ").append(n).append(' ').append(what));
        stdout.printf("check: %d files, %d pages, %d addresses, %d anchors%s checked: %d %s, %d %s; %d to-do %s%n",
                report.files(), report.pages(), report.links(), report.anchors(), marks, errors, errors == 1 ? "error" : "errors",
                warnings, warnings == 1 ? "warning" : "warnings", report.todo().size(), report.todo().size() == 1 ? "item" : "items");
        stdout.flush();
        return report.failed() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
