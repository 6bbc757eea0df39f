package org.edition.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edition.TestEdition;

/**
 * A small edition with a date, an address and a glossary (so the site has a folder with its own index
 * page), and the snapshots made of it through the real command line.
 */
final class SnapshotEdition {
    static final String BASE_URL = "https://editions.example.org/test/";

    private SnapshotEdition() {
    }

    /** The edition in {@code root/content}. */
    static TestEdition at(Path root) throws IOException {
        TestEdition e = TestEdition.minimal(root);
        e.write("edition.yaml", """
                title: Test Edition
                subtitle: Of One Report
                editors: [A. Editor]
                date: 2024-03-15
                base-url: %s
                introduction: An *introduction*.
                """.formatted(BASE_URL));
        e.write("sources/alpha.yaml", "received-as: 000_alpha.md\n");
        e.write("glossary.yaml", "- id: first\n  term: first note\n  kind: concept\n  definition: Comes first.\n");
        return e;
    }

    /** Runs {@code edition snapshot -o out} on the edition. */
    static TestEdition.Run snapshot(TestEdition e, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("snapshot", "--content", e.content.toString(),
                "--templates", Path.of("templates").toAbsolutePath().toString(), "-o", out.toString()));
        args.addAll(List.of(extra));
        return TestEdition.run(args.toArray(String[]::new));
    }

    /** Runs {@code edition verify path}. */
    static TestEdition.Run verify(Path snapshot) {
        return TestEdition.run("verify", snapshot.toString());
    }

    /** The jar or folder a class was loaded from, for running a tool in a child JVM. */
    static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a child JVM printed and its exit code. */
    record Child(int exitCode, String output) {
    }

    /** Runs a Java main class in a child JVM, with its output (both streams) captured. */
    static Child java(List<String> jvmOptions, String classpath, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish: " + command);
        }
        return new Child(p.exitValue(), output);
    }

    /** Flips one bit of the byte at a position in a file. */
    static void flipByte(Path file, long position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[Math.toIntExact(position)] ^= 0x01;
        Files.write(file, bytes);
    }

    /** The position of the first occurrence of a text's UTF-8 bytes in a file. */
    static long find(Path file, String text) throws IOException {
        return find(file, text, 0);
    }

    /** The position of the first occurrence of a text's UTF-8 bytes in a file at or after a position. */
    static long find(Path file, String text, long from) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = Math.toIntExact(from); i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException(text + " is not in " + file);
    }
}
