/**
 * Print-outs: PDF (or plain-text) renderings of e-mail, digital or scanned, split into messages by their printed
 * headers, with page furniture (running headers and footers, Bates numbers, page numbers, mailbox banners) recognised
 * and kept out of the text. Depends only on the parse model and the e-mail body splitter.
 */
package org.recordswatch.communication.parse.printout;
