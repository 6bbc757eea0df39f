/**
 * Publish: the only code that writes output. It writes a rendered site into a fresh folder beside
 * the target, marks it with a manifest, and swaps it in at the end, so a failed build leaves the
 * previous site as it was and nothing it did not write is ever deleted.
 */
package org.edition.publish;
