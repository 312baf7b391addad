/**
 * E-mail messages read from Tika's message metadata (.eml, .msg, mailbox and PST members) and e-mail bodies split into
 * the message's own text, its signature and its quoted history. Depends only on the parse model.
 */
package org.recordswatch.communication.parse.email;
