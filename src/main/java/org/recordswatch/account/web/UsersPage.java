package org.recordswatch.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.AccountService.AccountForm;
import org.recordswatch.account.AccountService.InvalidAccountException;
import org.recordswatch.account.Organization;
import org.recordswatch.account.PasswordPolicy;
import org.recordswatch.platform.security.Role;
import org.recordswatch.account.UserAccount;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;

/** Admin page: the list of accounts, creating one, changing role and affiliation, disabling and enabling. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    AgencyService agencies;

    private LazyDataModel<UserAccount> users;
    private List<Organization> organizations;
    private List<Agency> agencyList;

    private Long editingId;
    private String username;
    private String displayName;
    private String email;
    private Role role = Role.ADVOCATE;
    private Long organizationId;
    private Long agencyId;
    private String password;
    private String newOrganization;
    private String newCoalition;

    @PostConstruct
    void init() {
        users = PagedModel.of(accounts::count, accounts::page, UserAccount::getId, accounts::get);
        organizations = accounts.organizations();
        agencyList = agencies.all();
    }

    public void startNew() {
        editingId = null;
        username = null;
        displayName = null;
        email = null;
        role = Role.ADVOCATE;
        organizationId = null;
        agencyId = null;
        password = null;
    }

    public void edit(UserAccount user) {
        editingId = user.getId();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        role = user.getRole();
        organizationId = user.getOrganization() == null ? null : user.getOrganization().getId();
        agencyId = user.getAgency() == null ? null : user.getAgency().getId();
        password = null;
    }

    public void save() {
        AccountForm form = new AccountForm(username, displayName, email, role, organizationId, agencyId);
        try {
            if (editingId == null) {
                accounts.create(form, password == null ? new char[0] : password.toCharArray());
                Messages.info("users.created", username);
            } else {
                accounts.update(editingId, form);
                if (password != null && !password.isBlank()) {
                    accounts.resetPassword(editingId, password.toCharArray());
                }
                Messages.info("users.updated", username);
            }
            password = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (InvalidAccountException e) {
            Messages.error(e.messageKey(), PasswordPolicy.MIN_LENGTH);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public void disable(UserAccount user) {
        try {
            accounts.disable(user.getId());
            Messages.info("users.disabled", user.getUsername());
        } catch (InvalidAccountException e) {
            Messages.error(e.messageKey());
        }
    }

    public void enable(UserAccount user) {
        accounts.enable(user.getId());
        Messages.info("users.enabled", user.getUsername());
    }

    public void createOrganization() {
        try {
            accounts.createOrganization(newOrganization, newCoalition);
            Messages.info("organization.created", newOrganization);
            organizations = accounts.organizations();
            newOrganization = null;
            newCoalition = null;
        } catch (InvalidAccountException e) {
            Messages.error(e.messageKey());
        }
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public boolean isOfficer() {
        return role == Role.RECORDS_OFFICER;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public LazyDataModel<UserAccount> getUsers() {
        return users;
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public List<Agency> getAgencies() {
        return agencyList;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewOrganization() {
        return newOrganization;
    }

    public void setNewOrganization(String newOrganization) {
        this.newOrganization = newOrganization;
    }

    public String getNewCoalition() {
        return newCoalition;
    }

    public void setNewCoalition(String newCoalition) {
        this.newCoalition = newCoalition;
    }
}
