package org.edition.preview;

import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;

/**
 * The editor's loop: waits for a saved change, builds again in the same process, and hands the site to
 * the preview — or, when the build fails, its messages, while the last good site stays served. Runs on
 * one thread of its own, one build at a time; changes saved during a build make the next one.
 */
public final class EditorLoop implements AutoCloseable {

    /** Told of every build, to show the editor what happened (the command line prints it). */
    public interface Listener {
        /**
         * A build succeeded.
         *
         * @param built       what was built
         * @param siteChanged whether any file of the site changed (if not, no page reloads)
         * @param changed     the saved files that caused it (empty for the first build)
         * @param took        how long the build took
         */
        void built(WarmBuild.Built built, boolean siteChanged, Set<Path> changed, Duration took);

        /**
         * A build failed; the last good site is still served.
         *
         * @param failure the problem, naming file and line ({@code null} for a bug, see {@code bug})
         * @param bug     a failure that is not the user's (an internal error), or {@code null}
         * @param changed the saved files that caused it
         */
        void failed(EditionException failure, RuntimeException bug, Set<Path> changed);

        /**
         * The practice builds after the first build ended (see {@link WarmBuild#practise}).
         *
         * @param rounds     how many ran
         * @param interrupted whether a save stopped them before all had run
         * @param took       how long they took
         */
        default void practised(int rounds, boolean interrupted, Duration took) {
        }
    }

    private final WarmBuild build;
    private final PreviewState state;
    private final SourceWatcher watcher;
    private final Listener listener;
    private final Thread thread;
    private final int practices;
    private final Duration practice;
    private volatile boolean closed;
    private boolean firstBuilt;
    private Duration firstBuild = Duration.ZERO;

    /**
     * @param build    the warm build
     * @param state    where the site and failures go
     * @param watcher  the watched folders
     * @param listener told of each build
     */
    public EditorLoop(WarmBuild build, PreviewState state, SourceWatcher watcher, Listener listener) {
        this(build, state, watcher, listener, 0, Duration.ZERO);
    }

    /**
     * @param build     the warm build
     * @param state     where the site and failures go
     * @param watcher   the watched folders
     * @param listener  told of each build
     * @param practices how many practice builds (see {@link WarmBuild#practise}) to run after a first build
     *                  that succeeded, while nothing is saved: a save stops them, waiting at most for the
     *                  one under way
     * @param practice  how long they may take in all: a round starts only if it fits, judged by the last
     *                  round (the first build for the first), so a large edition, whose first build is long
     *                  and warms the JIT by itself, is not built again and again at start
     */
    public EditorLoop(WarmBuild build, PreviewState state, SourceWatcher watcher, Listener listener, int practices,
            Duration practice) {
        this.practices = practices;
        this.practice = practice;
        this.build = build;
        this.state = state;
        this.watcher = watcher;
        this.listener = listener;
        this.thread = new Thread(this::loop, "edition-preview-builds");
        this.thread.setDaemon(true);
    }

    /** Builds the edition the first time, on the calling thread, then starts watching on the loop's own. */
    public void start() {
        run(Set.of());
        thread.start();
    }

    private void loop() {
        if (firstBuilt && practices > 0 && firstBuild.compareTo(practice) <= 0) {
            long start = System.nanoTime();
            long end = start + practice.toNanos();
            long last = firstBuild.toNanos();
            int rounds = 0;
            try {
                while (rounds < practices && !closed && System.nanoTime() + last <= end && !watcher.pending()) {
                    long round = System.nanoTime();
                    if (!build.practise()) {
                        break;
                    }
                    last = System.nanoTime() - round;
                    rounds++;
                }
                listener.practised(rounds, rounds < practices && watcher.pending(), Duration.ofNanos(System.nanoTime() - start));
            } catch (ClosedWatchServiceException e) {
                return;
            }
        }
        while (!closed) {
            Set<Path> changed;
            try {
                changed = watcher.next();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (!closed) {
                run(changed);
            }
        }
    }

    private void run(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            WarmBuild.Built built = changed.isEmpty() ? build.build() : build.rebuild(changed);
            boolean siteChanged = state.publish(built.site());
            if (changed.isEmpty()) {
                firstBuilt = true;
                firstBuild = Duration.ofNanos(System.nanoTime() - start);
            }
            listener.built(built, siteChanged, changed, Duration.ofNanos(System.nanoTime() - start));
        } catch (EditionException e) {
            state.fail(e.diagnostics(), "Fix it and save: until then the preview shows the last good build.");
            listener.failed(e, null, changed);
        } catch (RuntimeException e) {
            state.fail(List.of(Diagnostic.error("", 0, "internal error: " + e.getMessage())),
                    "This is a bug in edition: the terminal says more (run with --verbose for the stack trace).");
            listener.failed(null, e, changed);
        }
    }

    /** Stops watching; a build under way finishes first. */
    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (java.io.IOException e) {
            // Closing the watch service is best effort: the process is stopping.
        }
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
