/**
 * Running numbered pieces of work on every core: what the stages use where the pieces differ in size (pages,
 * reports), so that no core waits while another still has a queue of them.
 */
package org.edition.parallel;
