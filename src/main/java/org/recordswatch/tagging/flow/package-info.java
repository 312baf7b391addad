/**
 * Direction of a message from the sides of its parties, and per thread the initiator (side of the earliest message),
 * the outcome (disclosed, refused, redirected, no response) and the thread's legal basis.
 */
package org.recordswatch.tagging.flow;
