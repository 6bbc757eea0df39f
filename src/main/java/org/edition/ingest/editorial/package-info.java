/**
 * Readers of the editors' own YAML files in {@code content/}: glossary, annotations, themes and
 * emendations, each complaint naming its file and line ({@link org.edition.ingest.editorial.YamlNode}).
 */
package org.edition.ingest.editorial;
