package org.recordswatch.account;

import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Resolves the caller from Jakarta Security's principal, once per request. */
@RequestScoped
public class SecurityCallerContext implements CallerContext {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountDirectory accounts;

    private Caller caller;

    @Override
    public Caller current() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null
                    ? anonymous()
                    : accounts.activeCaller(principal.getName()).orElseGet(SecurityCallerContext::anonymous);
        }
        return caller;
    }

    static Caller anonymous() {
        return Caller.anonymous();
    }
}
