package org.recordswatch.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recordswatch.it.Deployments;

/**
 * What a newcomer does first: the admin logs in, adds an organization and a user; the user logs in, switches to
 * Spanish and logs out; and nothing but the login page is reachable without logging in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void adminCreatesAUserWhoLogsInSwitchesToSpanishAndLogsOut() {
        String admin = System.getProperty("it.admin.password", "Integration-Test-Secret-42");
        try (Browser b = new Browser(base)) {
            b.open("/admin/users.xhtml");
            b.waitForPath("/login.xhtml");

            b.login("admin", admin);
            assertEquals("/admin/users.xhtml", b.path(), "login continues to the page asked for");

            b.type("orgForm:orgName", "Somos un Pueblo Unido");
            b.type("orgForm:coalition", "IPRA Coalition");
            b.click("orgForm:createOrg");
            b.waitForText("Organization Somos un Pueblo Unido added.");

            b.click("usersForm:newUser");
            b.type("userDialogForm:username", "marisol");
            b.type("userDialogForm:displayName", "Marisol Advocate");
            b.type("userDialogForm:email", "marisol@example.org");
            b.choose("userDialogForm:organization", "Somos un Pueblo Unido");
            b.type("userDialogForm:password", "river stones at dawn");
            b.click("userDialogForm:save");
            // The confirmation is a growl that fades after a few seconds (and, on a busy machine, may be gone before
            // the first look): it is enough that the page received it and closed the dialog. The account itself is
            // proven by logging in with it below (the users table is paged and sorted, so it may be on a later page).
            b.waitForMessage("User marisol created.");
            b.until(d -> !d.findElement(org.openqa.selenium.By.id("userDialog")).isDisplayed());
            b.logout();

            b.login("marisol", "river stones at dawn");
            assertEquals("/index.xhtml", b.path());
            b.waitForText("Marisol Advocate");
            b.waitForText("Somos un Pueblo Unido");

            b.find(By.linkText("ES")).click();
            b.waitForText("Cerrar sesión");
            assertTrue(b.bodyText().contains("Bienvenido/a"), b.bodyText());

            b.logout();
            b.waitForText("Iniciar sesión");

            // The language was saved on the account: logging in again shows Spanish.
            b.login("marisol", "river stones at dawn");
            b.waitForText("Cerrar sesión");
            b.logout();
        }
    }

    @Test
    void anUnauthenticatedRequestToAnyPageLandsOnTheLoginPage() {
        try (Browser b = new Browser(base)) {
            for (String page : new String[] {"/", "/index.xhtml", "/admin/users.xhtml", "/account/settings.xhtml"}) {
                b.open(page);
                b.waitForPath("/login.xhtml");
                b.byId("loginForm:username");
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithOneMessage() {
        try (Browser b = new Browser(base)) {
            b.open("/login.xhtml");
            b.type("loginForm:username", "admin");
            b.type("loginForm:password", "not the password at all");
            b.click("loginForm:submit");
            b.waitForText("Unknown username or wrong password.");
            assertTrue(b.path().startsWith("/login.xhtml"));
        }
    }
}
