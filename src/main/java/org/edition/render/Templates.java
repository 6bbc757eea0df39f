package org.edition.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;

/**
 * The FreeMarker templates of the site, configured once: {@code .ftlh} files auto-escape HTML, a
 * missing name is an error, numbers and dates do not depend on the machine's locale or time zone.
 * A template mistake becomes an {@link EditionException} naming the template, line and the name
 * or expression at fault.
 */
public final class Templates {
    private final Configuration configuration;
    private final Path folder;

    /**
     * @param folder the templates folder
     * @throws EditionException (template) if the folder does not exist
     */
    public Templates(Path folder) {
        this.folder = folder;
        if (!Files.isDirectory(folder)) {
            throw new EditionException(EditionException.Kind.TEMPLATE, Diagnostic.error(folder.toString(), 0,
                    "the templates folder does not exist (give --templates DIR)"));
        }
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        try {
            c.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new EditionException(EditionException.Kind.TEMPLATE,
                    Diagnostic.error(folder.toString(), 0, "cannot read the templates folder: " + e.getMessage()), e);
        }
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.configuration = c;
    }

    /**
     * Fills a template.
     *
     * @param name  the template's file name inside the folder ({@code report.ftlh})
     * @param model the names the template may use
     * @return the output text
     * @throws EditionException (template) naming the template, line and fault
     */
    public String render(String name, Map<String, Object> model) {
        return page(name, model).toString();
    }

    /** Fills a template into a page text (for the finisher to read as it parses). */
    PageText page(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            PageText out = new PageText();
            template.process(model, out);
            return out;
        } catch (TemplateNotFoundException e) {
            throw failure(folder.resolve(name).toString(), 0, 0, "the template is missing from " + folder, e);
        } catch (ParseException e) {
            throw failure(path(e.getTemplateName(), name), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), e);
        } catch (InvalidReferenceException e) {
            throw failure(path(e.getTemplateSourceName(), name), number(e.getLineNumber()), number(e.getColumnNumber()),
                    "'" + e.getBlamedExpressionString() + "' is not defined (a missing name, or a name misspelt)", e);
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            throw failure(path(e.getTemplateSourceName(), name), number(e.getLineNumber()), number(e.getColumnNumber()),
                    (blamed == null ? "" : "'" + blamed + "': ") + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw failure(folder.resolve(name).toString(), 0, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    private String path(String templateName, String fallback) {
        return folder.resolve(templateName == null ? fallback : templateName).toString();
    }

    private static int number(Integer n) {
        return n == null ? 0 : n;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\n", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static EditionException failure(String file, int line, int column, String message, Exception cause) {
        return new EditionException(EditionException.Kind.TEMPLATE,
                new Diagnostic(Severity.ERROR, file, line, column, message), cause);
    }
}
