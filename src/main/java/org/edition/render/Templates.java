package org.edition.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;
import org.edition.files.InputFolder;

/**
 * The FreeMarker templates of the site, configured once: {@code .ftlh} files auto-escape HTML, a
 * missing name is an error, numbers and dates do not depend on the machine's locale or time zone.
 * A template mistake becomes an {@link EditionException} naming the template, line and the name
 * or expression at fault.
 *
 * <p>A template is content too and may come from a stranger, so it is confined: it is loaded only from
 * the templates folder (no absolute or {@code ..} name, no link leading out of it), {@code ?new} can
 * instantiate nothing, {@code ?api} is off, and the objects it is given expose only the methods of the
 * edition's own classes ({@link TemplateAccess}). A page is limited to {@value #MAX_PAGE_CHARS}
 * characters, so a runaway loop fails the build instead of filling the memory, and to
 * {@link #PAGE_TIME_LIMIT} of work, so a loop that writes nothing fails it instead of running for ever.
 */
public final class Templates {
    /** The longest page a template may write. */
    static final int MAX_PAGE_CHARS = 64 * 1024 * 1024;
    /**
     * The longest a template may work on one page: about sixty times what the largest page of a
     * thousand-report edition takes (its comparison overview, 55 MB).
     */
    public static final Duration PAGE_TIME_LIMIT = Duration.ofSeconds(60);

    private final Configuration configuration;
    private final Path folder;
    private final Duration pageTimeLimit;

    /**
     * @param folder the templates folder
     * @throws EditionException (template) if the folder does not exist
     */
    public Templates(Path folder) {
        this(folder, PAGE_TIME_LIMIT);
    }

    /**
     * @param folder        the templates folder
     * @param pageTimeLimit the longest a template may work on one page
     * @throws EditionException (template) if the folder does not exist
     */
    Templates(Path folder, Duration pageTimeLimit) {
        this.folder = folder;
        this.pageTimeLimit = pageTimeLimit;
        if (!Files.isDirectory(folder)) {
            throw new EditionException(EditionException.Kind.TEMPLATE, Diagnostic.error(folder.toString(), 0,
                    "the templates folder does not exist (give --templates DIR)"));
        }
        Configuration c = new PageDeadline.CheckedConfiguration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new FolderTemplateLoader(InputFolder.of(folder, "templates", EditionException.Kind.TEMPLATE)));
        c.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        c.setLocalizedLookup(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
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
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new TemplateAccess());
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
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

    /**
     * Fills a template into a page text (for the finisher to read as it parses), within the time limit.
     */
    PageText page(String name, Map<String, Object> model) {
        PageDeadline deadline = PageDeadline.start(pageTimeLimit);
        try {
            return fill(name, model);
        } catch (RuntimeException e) {
            if (deadline.passed()) {
                throw failure(folder.resolve(name).toString(), 0, 0, "the template worked on one page for more than "
                        + (pageTimeLimit.toMillis() % 1000 == 0 ? pageTimeLimit.toSeconds() + " s" : pageTimeLimit.toMillis() + " ms")
                        + " without finishing it (a list or loop without end, in this template or one it includes or imports)", null);
            }
            throw e;
        } finally {
            deadline.end();
        }
    }

    private PageText fill(String name, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(name);
            PageText out = new PageText(MAX_PAGE_CHARS);
            template.process(model, out);
            return out;
        } catch (StackOverflowError e) {
            throw failure(folder.resolve(name).toString(), 0, 0,
                    "the template calls itself without end (a macro, function or include that never stops recursing)", null);
        } catch (OutOfMemoryError e) {
            throw failure(folder.resolve(name).toString(), 0, 0, "the build ran out of memory filling this template (a built-in over "
                    + "a huge sequence, such as (1..2000000000)?join(\",\")?); the heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB, EDITION_JAVA_OPTS=-Xmx4g gives it more", null);
        } catch (FolderTemplateLoader.Refused e) {
            throw e.refusal();
        } catch (TemplateNotFoundException e) {
            throw failure(folder.resolve(name).toString(), 0, 0, "the template is missing from " + folder, e);
        } catch (ParseException e) {
            throw failure(path(e.getTemplateName(), name), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), e);
        } catch (InvalidReferenceException e) {
            String blamed = e.getBlamedExpressionString();
            throw failure(path(e.getTemplateSourceName(), name), number(e.getLineNumber()), number(e.getColumnNumber()),
                    "'" + blamed + "' is not defined (a missing name, or a name misspelt)"
                            + (blamed != null && blamed.toLowerCase(Locale.ROOT).contains("class")
                            ? "; templates cannot reach Java classes, only the edition's data" : ""), e);
        } catch (TemplateException e) {
            throw failure(path(e.getTemplateSourceName(), name), number(e.getLineNumber()), number(e.getColumnNumber()),
                    explain(e), e);
        } catch (PageText.TooLong e) {
            throw failure(folder.resolve(name).toString(), 0, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw failure(folder.resolve(name).toString(), 0, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    /** What went wrong in a template, in the editor's words rather than FreeMarker's. */
    private static String explain(TemplateException e) {
        FolderTemplateLoader.Refused refused = cause(e, FolderTemplateLoader.Refused.class);
        if (refused != null) {
            return "cannot include a template: " + refused.getMessage();
        }
        String message = firstLine(e.getMessageWithoutStackTop());
        if (message.startsWith("Template inclusion failed") || message.startsWith("Template importing failed")) {
            String wanted = message.replaceFirst("^[^\"]*\"", "").replaceFirst("\"\\):?$", "");
            Throwable reason = e.getCause() == null ? e : e.getCause();
            return "cannot " + (message.contains("importing") ? "import" : "include") + " '" + wanted
                    + "': a template can only use templates inside the templates folder, by a relative name without '..' ("
                    + firstLine(reason.getMessage()) + ")";
        }
        if (message.contains("api_builtin_enabled")) {
            return "'?api' is disabled: templates cannot call the Java methods of the objects they are given";
        }
        String blamed = e.getBlamedExpressionString();
        return (blamed == null ? "" : "'" + blamed + "': ") + message;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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
