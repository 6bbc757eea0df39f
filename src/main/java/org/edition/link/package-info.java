/**
 * Link: plain functions from model to model that weave the editorial apparatus into the reports —
 * glossary terms found and linked, annotations anchored to the passages they quote — and, in
 * {@code org.edition.link.compare}, the reports compared with one another.
 */
package org.edition.link;
