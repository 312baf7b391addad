/**
 * Party to agency resolution: the directory view (domains, signature words), the batch index (signatures, names seen
 * with addresses, mailbox owners, phones), the resolver with its methods and confidences, and proposals of new
 * agencies from unknown government domains. Reads the agency feature's codes and sides; never writes the directory.
 */
package org.recordswatch.tagging.party;
