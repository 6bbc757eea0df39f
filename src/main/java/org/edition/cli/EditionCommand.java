package org.edition.cli;

import java.io.PrintWriter;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code edition}: builds annotated digital editions of reports. The entry point. */
@Command(name = "edition", mixinStandardHelpOptions = true, versionProvider = EditionCommand.Version.class,
        description = "Builds an annotated digital edition of reports from their raw source texts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug; rerun with --verbose)", "2:wrong use of the command line",
                "3:unusable content (source, sidecar, YAML, missing folder)", "4:template missing or wrong",
                "5:output folder refused or not writable", "6:verify: not a snapshot that can be checked",
                "7:verify: a file missing or not listed", "8:verify: a file damaged (checksum, Payload-Oxum, WARC or WACZ digest)",
                "9:serve: the port is in use or not allowed", "10:check: the site has errors"})
public final class EditionCommand implements Runnable {

    /**
     * The commands, by name, in the order the help lists them. picocli reads a command's annotations
     * when the command is added (a tenth of a seed build's time for all of them), so a command line that
     * begins with a command's name gets that command alone ({@link #commandLine}).
     */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
        java.util.Map<String, java.util.function.Supplier<Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("snapshot", SnapshotCommand::new);
        commands.put("verify", VerifyCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(commands);
    }

    @CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, import, snapshot, verify, serve or check");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The configured command line, with exit codes mapped from failures in one place.
     *
     * @param args the arguments it will be run with: when the first names a command other than
     *             {@code help}, that command is the only one added, since nothing else can be asked for;
     *             otherwise (none, an option first, a misspelt name, {@code help}) every command is, for the
     *             help and the messages that list or suggest them
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new EditionCommand());
        String first = args.length > 0 ? args[0] : "";
        boolean one = COMMANDS.containsKey(first) && !first.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler(EditionCommand::handle);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = false;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            verbose |= p.hasMatchedOption("--verbose");
        }
        if (e instanceof EditionException ee) {
            for (Diagnostic d : ee.diagnostics()) {
                err.println(d);
            }
            err.println("edition: " + summary(ee.kind()) + " (exit code " + ExitCodes.of(ee.kind()) + ")");
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(ee.kind());
        }
        err.println("edition: internal error: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("edition: this is a bug; rerun with --verbose to see where it happened");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String summary(EditionException.Kind kind) {
        return switch (kind) {
            case CONTENT -> "stopped: the content above must be fixed; the previous site is unchanged";
            case TEMPLATE -> "stopped: the template above must be fixed; the previous site is unchanged";
            case OUTPUT -> "stopped: the output folder was refused or could not be written; nothing was deleted";
            case SNAPSHOT_UNREADABLE -> "verification failed: this is not a snapshot that can be checked";
            case SNAPSHOT_INCOMPLETE -> "verification failed: the snapshot is incomplete (the files above are missing or not listed)";
            case SNAPSHOT_DAMAGED -> "verification failed: the snapshot is damaged (the files above do not match their checksums or digests)";
            case SERVER -> "stopped: the preview server could not start";
        };
    }

    /** The version, for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"edition " + version()};
        }
    }

    /** The builder's version, from {@code org/edition/edition.properties} (filled in by Maven). */
    static String version() {
        try (var in = EditionCommand.class.getResourceAsStream("/org/edition/edition.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
