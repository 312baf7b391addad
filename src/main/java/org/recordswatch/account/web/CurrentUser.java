package org.recordswatch.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.account.LoginFlow;
import org.recordswatch.platform.security.Role;
import org.recordswatch.account.UserAccount;
import org.recordswatch.audit.AuditTrail;

/** Who is looking, for the page header and for showing only the navigation a role may use; and logout. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CallerContext callers;

    @Inject
    AccountDirectory accounts;

    @Inject
    AuditTrail audit;

    @Inject
    LanguageSwitch language;

    private Optional<UserAccount> account;

    public boolean isLoggedIn() {
        return callers.current().role() != null;
    }

    public Caller getCaller() {
        return callers.current();
    }

    public UserAccount getAccount() {
        if (account == null) {
            account = isLoggedIn() ? accounts.findByUsername(callers.current().username()) : Optional.empty();
        }
        return account.orElse(null);
    }

    /** The organization (advocates, analysts) or agency (records officers) shown next to the name. */
    public String getAffiliation() {
        UserAccount user = getAccount();
        if (user == null) {
            return "";
        }
        if (user.getAgency() != null) {
            return user.getAgency().getName();
        }
        return user.getOrganization() == null ? "" : user.getOrganization().getName();
    }

    /** The message key of the caller's role, for the header; empty when nobody is logged in. */
    public String getRoleLabelKey() {
        Role role = callers.current().role();
        return role == null ? "" : role.labelKey();
    }

    /** The caller's role in lower case ({@code advocate}, ...), used to pick the home page's content. */
    public String getRoleName() {
        Role role = callers.current().role();
        return role == null ? "" : role.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean is(String role) {
        return callers.current().hasRole(Role.valueOf(role));
    }

    public boolean isAny(String roles) {
        for (String r : roles.split("[,\\s]+")) {
            if (!r.isBlank() && is(r.strip())) {
                return true;
            }
        }
        return false;
    }

    public void logout() throws IOException, ServletException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String username = callers.current().username();
        String lang = language.getLanguage();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        audit.record(username, "LOGOUT", "user", username);
        // The session is gone; the login page keeps the user's language.
        ec.redirect(ec.getRequestContextPath() + LoginFlow.LOGIN_PAGE + "?lang=" + lang);
        fc.responseComplete();
    }
}
