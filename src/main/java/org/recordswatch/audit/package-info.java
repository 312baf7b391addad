/**
 * The append-only audit trail: who viewed or exported what and which security events happened (actor, action,
 * target, time; never the data itself). One choke point, written in its own transaction, hash-chained; the schema
 * refuses updates and deletes. Imports no feature package.
 */
package org.recordswatch.audit;
