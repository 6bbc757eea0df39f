/** The command line: parses options, runs the build or an import, maps failures to exit codes. */
package org.edition.cli;
