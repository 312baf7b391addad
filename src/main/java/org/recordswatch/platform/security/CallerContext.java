package org.recordswatch.platform.security;

/**
 * The caller of the current request. The production implementation reads the authenticated principal; integration
 * tests replace it with an alternative to act as a given user.
 */
public interface CallerContext {

    /** The caller; an anonymous caller (no role) when nobody is logged in. Never null. */
    Caller current();
}
