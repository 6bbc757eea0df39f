/**
 * The edition builder: {@link org.edition.EditionBuild} runs the stages in order — ingest (raw
 * sources → model), render (model → pages), publish (pages → site/) — and the command line in
 * {@code cli} drives it.
 */
package org.edition;
