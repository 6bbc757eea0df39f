package org.edition.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code edition serve} run by the real command line on a thread of the test, its output readable while
 * it runs; interrupting the thread stops it as Ctrl-C would.
 */
public final class RunningServe implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("edition: serving (http://127\\.0\\.0\\.1:\\d+/)");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final Thread thread;
    private final URI address;

    /**
     * Starts serving and waits until the first build is served.
     *
     * @throws AssertionError if the command stops or takes more than two minutes to start
     */
    public RunningServe(String... args) throws InterruptedException {
        CommandLine cl = EditionCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exitCode.set(cl.execute(args)), "test-serve");
        thread.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Matcher m;
        while (!(m = SERVING.matcher(out.toString())).find()) {
            if (!thread.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("serve did not start (exit code " + exitCode.get() + "):\n" + out + err);
            }
            Thread.sleep(20);
        }
        address = URI.create(m.group(1));
    }

    public URI address() {
        return address;
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    /** Waits until standard error holds the text, or fails after a minute. */
    public void awaitErr(String text) throws InterruptedException {
        await(this::err, "standard error", text);
    }

    /**
     * Waits until standard output holds the text, or fails after a minute: the build's line is printed
     * as the open pages are told to reload, not necessarily before.
     */
    public void awaitOut(String text) throws InterruptedException {
        await(this::out, "standard output", text);
    }

    private static void await(java.util.function.Supplier<String> stream, String name, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!stream.get().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " never said " + text + ":\n" + stream.get());
            }
            Thread.sleep(20);
        }
    }

    /** Stops the command and returns its exit code. */
    public int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofSeconds(30).toMillis());
        return exitCode.get();
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            stop();
        }
    }
}
