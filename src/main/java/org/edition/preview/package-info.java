/**
 * The editor's live preview ({@code edition serve}): the edition built again in one warm process after
 * every saved change to its content or templates ({@link org.edition.preview.WarmBuild}), served from
 * memory on the loopback address, and the open browser tab reloaded — or shown the build's error — by a
 * small script the server adds to the HTML it serves. Nothing here writes a file: the preview site lives
 * in memory, so {@code site/} is never touched.
 */
package org.edition.preview;
