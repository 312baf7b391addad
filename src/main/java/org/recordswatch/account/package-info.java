/**
 * Accounts and access: organizations and coalitions, users and their single role, password hashing and policy, the
 * identity store and the authentication mechanism (login page, sessions, API tokens), and the production
 * {@link org.recordswatch.platform.security.CallerContext}. Depends on agency (a records officer is bound to one agency)
 * and audit; nothing upstream imports it.
 */
package org.recordswatch.account;
