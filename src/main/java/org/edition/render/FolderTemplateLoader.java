package org.edition.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import freemarker.cache.TemplateLoader;
import org.edition.diagnostics.EditionException;
import org.edition.files.InputFolder;

/**
 * Loads templates from the templates folder only, through {@link InputFolder}: a name that backs out of
 * the folder, is absolute or holds a backslash, colon or NUL finds nothing, and a template that is a
 * link leading outside the folder, or a special file, is refused with its name.
 */
final class FolderTemplateLoader implements TemplateLoader {
    private final InputFolder folder;

    FolderTemplateLoader(InputFolder folder) {
        this.folder = folder;
    }

    /** A template the folder refused; carries the refusal with its message. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient EditionException refusal;

        Refused(EditionException refusal) {
            super(refusal.diagnostics().get(0).file() + " " + refusal.diagnostics().get(0).message());
            this.refusal = refusal;
        }

        EditionException refusal() {
            return refusal;
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        if (!isPlainName(name)) {
            return null;
        }
        Path path = folder.folder().resolve(name);
        try {
            return folder.entry(path) == InputFolder.Entry.FILE ? path : null;
        } catch (EditionException e) {
            throw new Refused(e);
        }
    }

    /** A relative name of plain segments: no empty, {@code .} or {@code ..} segment, no {@code \}, {@code :} or NUL. */
    static boolean isPlainName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (List.of("", ".", "..").contains(segment)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        try {
            return new InputStreamReader(new ByteArrayInputStream(folder.read((Path) source)), Charset.forName(encoding));
        } catch (EditionException e) {
            throw new Refused(e);
        }
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held open: getReader reads the whole file at once.
    }
}
