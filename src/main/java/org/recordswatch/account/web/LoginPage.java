package org.recordswatch.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.account.LoginFlow;
import org.recordswatch.platform.web.Messages;

/** The login form. One message for every refusal, whatever the reason (unknown user, wrong password, locked). */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountDirectory accounts;

    @Inject
    LanguageSwitch language;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            accounts.findByUsername(request.getUserPrincipal().getName())
                    .ifPresent(user -> language.useAccountLocale(user.getLocale()));
            ec.redirect(ec.getRequestContextPath() + LoginFlow.continueTarget(request.getSession(false)));
            fc.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            response.setStatus(HttpServletResponse.SC_OK);
            Messages.error("login.failed");
        } else {
            fc.responseComplete();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
