package org.recordswatch.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.AccountService.InvalidAccountException;
import org.recordswatch.account.ApiToken;
import org.recordswatch.account.ApiTokens;
import org.recordswatch.account.PasswordPolicy;
import org.recordswatch.platform.web.Messages;

/** The user's own settings: password and personal API tokens. (The language is switched in the header.) */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokens apiTokens;

    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private String createdToken;
    private List<ApiToken> tokens;

    public void changePassword() {
        try {
            accounts.changeMyPassword(chars(currentPassword), chars(newPassword));
            Messages.info("settings.passwordChanged");
        } catch (InvalidAccountException e) {
            Messages.error(e.messageKey(), PasswordPolicy.MIN_LENGTH);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public void createToken() {
        createdToken = apiTokens.create(tokenName, Duration.ofDays(365)).token();
        tokenName = null;
        tokens = null;
    }

    public void revoke(long id) {
        apiTokens.revoke(id);
        tokens = null;
        Messages.info("settings.tokenRevoked");
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine();
        }
        return tokens;
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getCreatedToken() {
        return createdToken;
    }
}
