package org.edition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.edition.EditionBuild;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;
import org.edition.model.Report;
import org.edition.render.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition build}: reads content and templates, writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
        "Builds the whole edition: reads the content and templates folders, writes the site.",
        "The site is built beside the output folder and swapped in at the end: a failed build leaves the previous site as it was."})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EditionFolders folders = new EditionFolders();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "The output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        EditionBuild.Result result = new EditionBuild(EditionCommand.version())
                .run(new EditionBuild.Options(folders.content, folders.templates, out, SourceDateEpoch.read(spec.commandLine())));
        long warnings = 0;
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.WARNING) {
                warnings++;
            }
            if (d.severity() != Severity.INFO || verbosity.verbose) {
                err.println(d);
            }
        }
        for (Report r : result.edition().reports()) {
            var census = r.importReport().census();
            outWriter.printf("%s: %s, %d paragraphs, %d note references, %d of %d notes with text%n",
                    r.source().file(), r.importReport().format().id(), r.paragraphs().size(),
                    census.references().size(), r.notes().size() - r.notes().stream().filter(n -> n.status() == org.edition.model.Note.Status.MISSING).count(),
                    r.notes().size());
        }
        var glossary = result.edition().glossary();
        if (!glossary.entries().isEmpty()) {
            outWriter.printf("glossary: %d entries, %d occurrences (%d linked), %d annotations anchored%n", glossary.entries().size(),
                    glossary.occurrences().size(), glossary.occurrences().stream().filter(o -> o.linked()).count(),
                    result.edition().annotations().size());
        }
        var comparison = result.edition().comparison();
        if (result.edition().comparable()) {
            outWriter.printf("comparison: %d themes, %d dated events (%d named by more than one report), %d paragraphs with related passages%n",
                    comparison.themes().size(), comparison.eventCount(), comparison.sharedEvents(), comparison.related().size());
        }
        var candidates = result.glossaryCandidates();
        if (!candidates.isEmpty()) {
            int shown = verbosity.verbose ? candidates.size() : Math.min(12, candidates.size());
            err.printf("glossary candidates without an entry (%d%s):%n", candidates.size(),
                    shown < candidates.size() ? ", the " + shown + " most frequent; --verbose lists all" : "");
            candidates.subList(0, shown).forEach(c -> err.println("  " + c));
        }
        var search = result.published().sizes().entrySet().stream().filter(e -> e.getKey().startsWith(SearchIndex.FOLDER)).toList();
        if (!search.isEmpty()) {
            long total = search.stream().mapToLong(java.util.Map.Entry::getValue).sum();
            long largest = search.stream().mapToLong(java.util.Map.Entry::getValue).max().orElse(0);
            outWriter.printf("search index: %s, %d parts, %d KB (the largest %d KB; a query loads only the parts it needs)%n",
                    SearchIndex.FOLDER, search.size(), (total + 1023) / 1024, (largest + 1023) / 1024);
        }
        outWriter.printf("built %s: %d reports, %d files, %d KB%s%n", result.published().folder(),
                result.edition().reports().size(), result.published().files(), (result.published().bytes() + 1023) / 1024,
                warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
        outWriter.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
