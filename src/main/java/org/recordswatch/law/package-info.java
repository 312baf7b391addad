/**
 * Public-records statutes as data: laws, their clocks, holiday calendars expressed as rules, and the deadline engine
 * that turns a start date and a clock into a due date with its explanation. The engine is plain Java with no container;
 * this package never reads requests, documents or evidence.
 */
package org.recordswatch.law;
