/**
 * Render: turns the linked model into the pages and assets of the site — FreeMarker templates
 * ({@code .ftlh}, auto-escaped) filled from the model, then finished and checked with jsoup. Writes
 * nothing: it hands a {@link org.edition.render.Site} to the publish stage.
 */
package org.edition.render;
