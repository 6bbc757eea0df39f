package org.edition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;
import org.edition.preview.EditorLoop;
import org.edition.preview.PreviewServer;
import org.edition.preview.PreviewState;
import org.edition.preview.SourceWatcher;
import org.edition.preview.WarmBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition serve}: builds the edition, serves it on the loopback address, rebuilds on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Builds the edition, serves it on http://127.0.0.1:PORT/ and rebuilds it on every save.",
        "%nWatches the content and templates folders: each saved change rebuilds the edition in the same process"
                + " and the open pages reload themselves; a change that breaks the build is printed and shown on the page"
                + " while the last good build stays served. The preview lives in memory: site/ is not written"
                + " (edition build publishes). Serves this machine only. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {
    /** How long the folders must be quiet after a save before the rebuild starts. */
    private static final Duration QUIET = Duration.ofMillis(10);
    /**
     * Practice builds after the first, until the first save (WarmBuild.practise): a few seconds of work at
     * start, so that the first saves rebuild in compiled code rather than while the JIT compiles; at most
     * PRACTICE in all, none for an edition whose first build takes longer than that.
     */
    private static final int PRACTICES = 8;
    private static final Duration PRACTICE = Duration.ofSeconds(10);

    @CommandLine.Mixin
    EditionFolders folders = new EditionFolders();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port must be a port number from 1 to 65535 (or 0 for any free port), not " + port);
        }
        requireFolder(folders.content, EditionException.Kind.CONTENT, "the content folder does not exist (run from the edition's folder, or give --content DIR)");
        requireFolder(folders.templates, EditionException.Kind.TEMPLATE, "the templates folder does not exist (give --templates DIR)");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewState state = new PreviewState();
        PreviewServer server = PreviewServer.start(port, state);
        SourceWatcher watcher;
        try {
            watcher = new SourceWatcher(folders.content, folders.templates, QUIET);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        WarmBuild build = new WarmBuild(new WarmBuild.Inputs(folders.content, folders.templates, SourceDateEpoch.read(spec.commandLine())),
                EditionCommand.version());
        EditorLoop loop = new EditorLoop(build, state, watcher, new Printer(out, err, verbosity.verbose), PRACTICES, PRACTICE);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean once = new AtomicBoolean();
        Runnable stop = () -> {
            if (once.compareAndSet(false, true)) {
                loop.close();
                server.close();
                out.println("edition: stopped serving " + server.address());
                out.flush();
                stopped.countDown();
            }
        };
        Thread hook = new Thread(stop, "edition-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.start();
            out.println("edition: serving " + server.address() + " (watching " + folders.content + " and " + folders.templates
                    + "; this machine only; Ctrl-C stops)");
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already stopping (Ctrl-C): the hook is running or has run.
            }
        }
        return ExitCodes.OK;
    }

    private static void requireFolder(Path folder, EditionException.Kind kind, String message) {
        if (!Files.isDirectory(folder)) {
            throw new EditionException(kind, Diagnostic.error(folder.toString(), 0, message));
        }
    }

    /** Prints each build as the terminal shows it: what was rebuilt, new warnings, errors as build prints them. */
    private static final class Printer implements EditorLoop.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean verbose;
        private Set<Diagnostic> shown = new HashSet<>();

        Printer(PrintWriter out, PrintWriter err, boolean verbose) {
            this.out = out;
            this.err = err;
            this.verbose = verbose;
        }

        @Override
        public synchronized void built(WarmBuild.Built built, boolean siteChanged, Set<Path> changed, Duration took) {
            Set<Diagnostic> now = new HashSet<>();
            long warnings = 0;
            for (Diagnostic d : built.diagnostics()) {
                now.add(d);
                warnings += d.severity() == Severity.WARNING ? 1 : 0;
                if ((d.severity() != Severity.INFO || verbose) && !shown.contains(d)) {
                    err.println(d);
                }
            }
            shown = now;
            err.flush();
            WarmBuild.Work work = built.work();
            String what = changed.isEmpty() ? "built" : "rebuilt after " + names(changed);
            String reads = !work.readContent() ? "content kept"
                    : work.sourcesRead() + " of " + (work.sourcesRead() + work.sourcesRecalled()) + " sources read";
            String pages = built.pages().recalled() == 0 ? ""
                    : ", " + built.pages().finished() + " of " + (built.pages().finished() + built.pages().recalled()) + " pages made again";
            out.printf("edition: %s in %d ms (%s%s%s): %d reports, %d files%s%s%n", what, took.toMillis(), reads,
                    work.newTemplates() ? ", templates loaded" : "", pages, built.edition().reports().size(),
                    built.site().files().size(), warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"),
                    changed.isEmpty() ? "" : siteChanged ? "; the open pages reload" : "; the site is unchanged");
            out.flush();
        }

        @Override
        public synchronized void practised(int rounds, boolean interrupted, Duration took) {
            out.printf(java.util.Locale.ROOT, interrupted ? "edition: %d practice builds in %.1f s, until the first save%n"
                    : "edition: warmed up: %d practice builds in %.1f s, so that saves rebuild in compiled code%n",
                    rounds, took.toMillis() / 1000.0);
            out.flush();
        }

        @Override
        public synchronized void failed(EditionException failure, RuntimeException bug, Set<Path> changed) {
            if (failure != null) {
                failure.diagnostics().forEach(err::println);
                String fix = switch (failure.kind()) {
                    case CONTENT -> "the content above must be fixed";
                    case TEMPLATE -> "the template above must be fixed";
                    default -> "see above";
                };
                err.println("edition: the build failed: " + fix + (changed.isEmpty()
                        ? "; the preview shows this error until a build succeeds" : "; still serving the last good build"));
            } else {
                err.println("edition: internal error: " + bug.getMessage());
                if (verbose) {
                    bug.printStackTrace(err);
                } else {
                    err.println("edition: this is a bug; rerun with --verbose to see where it happened");
                }
            }
            if (!changed.isEmpty()) {
                err.println("edition: the build after " + names(changed) + " failed; fix it and save, the page will reload");
            }
            shown = new HashSet<>();
            err.flush();
        }

        private static String names(Set<Path> changed) {
            Path cwd = Path.of("").toAbsolutePath();
            return changed.stream().limit(3).map(p -> p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString())
                    .collect(Collectors.joining(", ")) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
        }
    }
}
