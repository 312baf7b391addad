package org.recordswatch.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.recordswatch.audit.AuditTrail;

/** Validates usernames and passwords against the accounts table; the account's role is its only group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditTrail audit;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller();
        return attempts.check(username, upc.getPassword().getValue())
                .map(user -> {
                    audit.record(user.getUsername(), "LOGIN", "user", user.getUsername());
                    return new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().name()));
                })
                .orElseGet(() -> {
                    audit.denied(AuditTrail.clip(username, 64), "LOGIN", "user", AuditTrail.clip(username, 64));
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
