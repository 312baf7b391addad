package org.recordswatch.it.browser;

/** What the administrator does in the browser before a scenario: organizations and users. */
public final class AdminSteps {

    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "Integration-Test-Secret-42");

    private AdminSteps() {
    }

    public static void createOrganization(Browser b, String name) {
        b.open("/admin/users.xhtml");
        b.type("orgForm:orgName", name);
        b.click("orgForm:createOrg");
        b.waitForText("Organization " + name + " added.");
    }

    /**
     * Creates a user on the users page. {@code affiliation} is the organization's name, or for a records officer the
     * agency's name.
     */
    public static void createUser(Browser b, String username, String roleLabel, String affiliation, String password) {
        b.open("/admin/users.xhtml");
        b.click("usersForm:newUser");
        b.type("userDialogForm:username", username);
        b.type("userDialogForm:displayName", "User " + username);
        b.type("userDialogForm:email", username + "@example.org");
        if (!"Advocate".equals(roleLabel)) {
            b.choose("userDialogForm:role", roleLabel);
        }
        b.choose("Records officer".equals(roleLabel) ? "userDialogForm:agency" : "userDialogForm:organization",
                affiliation);
        b.type("userDialogForm:password", password);
        b.click("userDialogForm:save");
        b.waitForMessage("User " + username + " created.");
    }
}
