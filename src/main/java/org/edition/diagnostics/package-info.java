/**
 * Messages for the editor: diagnostics with file, line and severity, and the one exception type that
 * carries them out of any stage to the command line.
 */
package org.edition.diagnostics;
