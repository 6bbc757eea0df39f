/**
 * Reading the input folders safely: only regular files that really lie inside the content or
 * templates folder are read. A link that leads outside its folder, a link to nothing and a special
 * file (a named pipe, a socket, a device) are refused with a message naming them, so a source or
 * template sent by a stranger cannot make the builder read, and publish, a file elsewhere on the
 * machine, nor block it on a pipe.
 */
package org.edition.files;
