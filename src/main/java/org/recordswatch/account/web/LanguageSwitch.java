package org.recordswatch.account.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.UserAccount;

/**
 * The language of the user interface (English or Spanish). Before login it follows the browser; at login it becomes
 * the account's saved preference; switching it saves the preference for the next session.
 */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            Locale requested = fc == null ? Locale.ENGLISH : fc.getExternalContext().getRequestLocale();
            locale = requested != null && "es".equals(requested.getLanguage()) ? new Locale("es") : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    void useAccountLocale(String language) {
        if (UserAccount.LOCALES.contains(language)) {
            locale = new Locale(language);
        }
    }

    /**
     * Switches the language for this session and, when someone is logged in, saves it on their account.
     * Called by {@link LanguageFilter} for a {@code ?lang=} link.
     */
    void switchTo(String language, boolean loggedIn) {
        if (!UserAccount.LOCALES.contains(language)) {
            return;
        }
        locale = new Locale(language);
        if (loggedIn) {
            accounts.changeMyLocale(language);
        }
    }

    /** The current page's URL with {@code lang} set: the language links of the header. */
    public String linkTo(String language) {
        FacesContext fc = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) fc.getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded instanceof String f ? f : request.getRequestURI();
        String query = request.getQueryString();
        StringBuilder sb = new StringBuilder(uri).append('?');
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    sb.append(part).append('&');
                }
            }
        }
        return sb.append("lang=").append(language).toString();
    }
}
