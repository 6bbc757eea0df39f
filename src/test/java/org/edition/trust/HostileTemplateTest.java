package org.edition.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A borrowed template cannot run commands, construct Java objects, reach classes or class loaders,
 * or read files outside the templates folder: each hostile line below stops the build with the
 * template's name and line, exit code 4, nothing run and the previous site untouched.
 */
class HostileTemplateTest {
    @TempDir
    Path dir;
    TestEdition edition;
    Path templates;
    Path witness;
    Map<String, String> previousSite;

    @BeforeEach
    void aGoodSiteAndACopyOfTheTemplates() throws IOException {
        edition = TestEdition.minimal(dir.resolve("edition"));
        templates = dir.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        assertEquals(0, edition.build("templates=" + templates).exitCode());
        previousSite = TestEdition.snapshot(edition.site);
        witness = dir.resolve("witness");
    }

    /**
     * Each hostile expression, put on line 2 of about.ftlh; {@code WITNESS} stands for a file that
     * only a command or constructor that ran would create.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            Execute?new                 | ${"freemarker.template.utility.Execute"?new()("touch WITNESS")}
            ObjectConstructor?new       | ${"freemarker.template.utility.ObjectConstructor"?new()("java.io.FileOutputStream", "WITNESS")}
            JythonRuntime?new           | <#assign j = "freemarker.template.utility.JythonRuntime"?new()><@j>open('WITNESS','w')</@j>
            any class?new               | ${"java.io.FileOutputStream"?new("WITNESS")}
            ?api on the model           | ${edition?api.getClass().getName()}
            ?api on a list              | ${edition.reports?api.getClass().getName()}
            getClass()                  | ${edition.getClass().getName()}
            class property              | ${edition.class.name}
            classloader from a record   | ${edition.metadata.getClass().getClassLoader()}
            getClass of a string        | ${"x".getClass()}
            protection domain           | ${edition.getClass().getProtectionDomain()}
            absolute include            | <#include "/etc/passwd">
            parent include              | <#include "../../../../../../../../etc/passwd">
            parent import               | <#import "../edition/content/edition.yaml" as x>
            file URL include            | <#include "file:///etc/passwd">
            interpret a hostile string  | <#assign t = r"${'freemarker.template.utility.Execute'?new()('touch WITNESS')}"?interpret><@t/>
            eval a hostile string       | ${r"'freemarker.template.utility.Execute'?new()('touch WITNESS')"?eval}
            static models via ?new      | ${"freemarker.ext.beans.BeansWrapper"?new()}
            data model via ?api         | ${.data_model?api.get("edition")}
            a method of a Java list     | ${edition.reports.getClass()}
            an Optional's class         | ${edition.metadata.date.getClass()}
            """)
    void theBuildStopsNamingTheTemplateAndLineAndNothingRuns(String name, String hostile) throws IOException {
        Path about = templates.resolve("about.ftlh");
        String original = Files.readString(about);
        int firstLineEnd = original.indexOf('\n') + 1;
        Files.writeString(about, original.substring(0, firstLineEnd)
                + hostile.replace("WITNESS", witness.toString()) + "\n" + original.substring(firstLineEnd));

        TestEdition.Run run = edition.build("templates=" + templates);

        assertEquals(ExitCodes.TEMPLATE, run.exitCode(), name + ": " + run.out() + run.err());
        assertTrue(run.err().contains(about + ":2:"), "the message must name about.ftlh, line 2:\n" + run.err());
        assertFalse(run.err().contains("\tat "), "stack trace shown:\n" + run.err());
        assertFalse(Files.exists(witness), name + " ran: it created " + witness);
        assertEquals(previousSite, TestEdition.snapshot(edition.site), "the previous site was changed");
    }

    /** Templates that would exhaust the stack or the memory stop with the template's name instead. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            endless recursion   | <#macro m><@m/></#macro><@m/>                                                     | calls itself without end
            endless include     | <#include "about.ftlh">                                                            | calls itself without end
            runaway output      | <#list 1..100000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list> | the page would be longer than
            """)
    void runawayTemplatesStopWithTheTemplatesName(String name, String hostile, String expected) throws IOException {
        Path about = templates.resolve("about.ftlh");
        String original = Files.readString(about);
        int firstLineEnd = original.indexOf('\n') + 1;
        Files.writeString(about, original.substring(0, firstLineEnd) + hostile + "\n" + original.substring(firstLineEnd));

        TestEdition.Run run = edition.build("templates=" + templates);

        assertEquals(ExitCodes.TEMPLATE, run.exitCode(), name + ": " + run.out() + run.err());
        assertTrue(run.err().contains(about.toString()) && run.err().contains(expected), run.err());
        assertFalse(run.err().contains("\tat "), "stack trace shown:\n" + run.err());
        assertEquals(previousSite, TestEdition.snapshot(edition.site), "the previous site was changed");
    }

    /**
     * A built-in that loops inside FreeMarker is not timed, but when it fills the memory the build stops
     * with the template's name and exit code 4, not a stack trace (in a JVM of 96 MB, so that it fills soon).
     */
    @org.junit.jupiter.api.Test
    void aTemplateThatFillsTheMemoryStopsWithTheTemplatesName() throws Exception {
        Path about = templates.resolve("about.ftlh");
        String original = Files.readString(about);
        int firstLineEnd = original.indexOf('\n') + 1;
        Files.writeString(about, original.substring(0, firstLineEnd) + "<#assign x = (1..2000000000)?join(\",\")>\n" + original.substring(firstLineEnd));
        Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(jvm.toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"), "org.edition.cli.EditionCommand",
                "build", "--content", edition.content.toString(), "--templates", templates.toString(), "--out", edition.site.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ExitCodes.TEMPLATE, p.waitFor(), output);
        assertTrue(output.contains(about + ": error: the build ran out of memory filling this template"), output);
        assertFalse(output.contains("\tat "), "stack trace shown:\n" + output);
        assertEquals(previousSite, TestEdition.snapshot(edition.site), "the previous site was changed");
    }
}
