package org.edition.diagnostics;

/** How serious a diagnostic is: warnings let the build finish, errors stop it. */
public enum Severity {
    /** Information about an editorial intervention or a guess that needs no action. */
    INFO,
    /** Something the editor should look at; the build goes on. */
    WARNING,
    /** Input the builder cannot use; the build stops and the previous site is kept. */
    ERROR;

    /** The lower-case word used in messages, as compilers print it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
