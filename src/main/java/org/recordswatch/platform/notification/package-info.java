/**
 * In-app notifications for one user (a message key with arguments, read in the user's language), used when a message
 * cannot go by e-mail. Only ever shown to the user they are for.
 */
package org.recordswatch.platform.notification;
