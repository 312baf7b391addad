package org.recordswatch.account;

import jakarta.servlet.http.HttpSession;

/** Where the login page is, and where a user goes after logging in. */
public final class LoginFlow {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String HOME_PAGE = "/index.xhtml";
    static final String SESSION_CONTINUE = "rw.continue";

    private LoginFlow() {
    }

    /**
     * The page the user asked for before being sent to the login page, if it is a local path of this application;
     * otherwise the home page. Never an absolute or protocol-relative URL (no open redirect).
     */
    public static String continueTarget(HttpSession session) {
        Object target = session == null ? null : session.getAttribute(SESSION_CONTINUE);
        if (session != null) {
            session.removeAttribute(SESSION_CONTINUE);
        }
        return safeTarget(target instanceof String s ? s : null);
    }

    static String safeTarget(String s) {
        if (s != null && s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") && !s.contains("\r")
                && !s.contains("\n") && !s.startsWith(LOGIN_PAGE) && !s.contains("jakarta.faces.resource")) {
            return s;
        }
        return HOME_PAGE;
    }
}
