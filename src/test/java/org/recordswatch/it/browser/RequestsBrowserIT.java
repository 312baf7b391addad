package org.recordswatch.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.recordswatch.it.Deployments;

/**
 * An advocate runs a whole campaign in the browser, in English and in Spanish: a request to the five New Mexico
 * agencies, five requests with their first deadline under IPRA and its explanation, an acknowledgement, an extension,
 * a denial with a missing element flagged, and the overdue requests on the board. The requests are recorded as
 * received on Friday 16 January 2026 (delivered by other means), so every date is known in advance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsBrowserIT {

    private static final String PASSWORD = "seven rivers at dusk";

    /** The five New Mexico agencies of the seed (other tests may add more agencies in NM). */
    private static final List<String> FIVE = List.of("New Mexico Corrections Department, Probation and Parole Division",
            "New Mexico Department of Health", "New Mexico Department of Workforce Solutions",
            "New Mexico Human Services Department", "New Mexico Motor Vehicle Division (Taxation and Revenue Department)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    /** The admin creates an organization and an advocate in it; returns the advocate's username. */
    private static String advocate(Browser b) {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String org = "Coalition Org " + s;
        String username = "advocate" + s;
        b.login("admin", System.getProperty("it.admin.password", "Integration-Test-Secret-42"));
        b.open("/admin/users.xhtml");
        b.type("orgForm:orgName", org);
        b.click("orgForm:createOrg");
        b.waitForText("Organization " + org + " added.");
        b.click("usersForm:newUser");
        b.type("userDialogForm:username", username);
        b.type("userDialogForm:displayName", "Ana " + s);
        b.type("userDialogForm:email", username + "@example.org");
        b.choose("userDialogForm:organization", org);
        b.type("userDialogForm:password", PASSWORD);
        b.click("userDialogForm:save");
        b.waitForMessage("User " + username + " created.");
        b.logout();
        return username;
    }

    /** Sets a PrimeFaces date picker's text without opening its calendar. */
    private static void date(Browser b, String id, String isoDate) {
        WebElement input = b.find(By.id(id + "_input"));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static void createCampaignToNewMexico(Browser b, String title) {
        b.open("/campaigns/new.xhtml");
        b.type("campaignForm:title", title);
        b.type("campaignForm:records", "All e-mails exchanged with ICE about individuals, July to December 2019.");
        b.type("campaignForm:jurisdiction", "NM");
        b.click("campaignForm:addJurisdiction");
        b.waitForText("New Mexico Department of Workforce Solutions");
        b.waitForText("New Mexico Motor Vehicle Division");
        b.click("campaignForm:create");
        b.waitForPath("/campaigns/view.xhtml");
    }

    private static void sendAsReceivedOnFriday16January(Browser b) {
        b.click("campaignForm:sendDrafts");
        date(b, "sendForm:receivedOn", "2026-01-16");
        b.click("sendForm:confirmSend");
    }

    private static List<String> firstDeadlines(Browser b) {
        return b.driver().findElements(By.cssSelector(".rw-first-deadline")).stream().map(WebElement::getText).toList();
    }

    private static void record(Browser b, String statusLabel, String on) {
        b.click("requestForm:recordButton");
        b.waitForAjax();
        b.byId("recordDialog");
        b.choose("recordForm:to", statusLabel);
        b.waitForAjax();
        date(b, "recordForm:on", on);
    }

    @Test
    void anAdvocateRunsACampaignToTheFiveNewMexicoAgencies() {
        try (Browser b = new Browser(base)) {
            String advocate = advocate(b);
            b.login(advocate, PASSWORD);
            String title = "ICE data sharing " + UUID.randomUUID().toString().substring(0, 4);
            createCampaignToNewMexico(b, title);
            b.waitForText("Campaign " + title + " created with ");

            sendAsReceivedOnFriday16January(b);
            b.waitForText("request(s) submitted.");
            for (String agency : FIVE) {
                assertTrue(b.find(By.id("campaignForm:outcome")).getText().contains(agency), agency);
            }
            List<String> first = firstDeadlines(b);
            assertTrue(first.size() >= FIVE.size(), first.toString());
            assertTrue(first.stream().allMatch("Thu 22 Jan 2026"::equals),
                    "IPRA: 3 business days after Friday, skipping MLK Day: " + first);

            b.find(By.linkText("New Mexico Department of Health")).click();
            b.waitForPath("/requests/view.xhtml");
            String page = b.bodyText();
            assertTrue(page.contains("Counted from Fri 16 Jan 2026"), page);
            assertTrue(page.contains("Sat 17 Jan: weekend"), page);
            assertTrue(page.contains("Mon 19 Jan: Martin Luther King Jr. Day"), page);
            assertTrue(page.contains("Due Thu 22 Jan 2026."), page);
            assertTrue(page.contains("Day 15 is Sat 31 Jan 2026."), page);
            assertTrue(page.contains("Due Mon 2 Feb 2026."), page);
            assertTrue(page.contains("deemed denied since Tue 3 Feb 2026"), page);
            assertTrue(page.contains("Damages may accrue: up to $100.00 per day"), page);

            record(b, "Acknowledged", "2026-01-20");
            b.click("recordForm:saveRecord");
            b.waitForText("Acknowledged recorded; the deadlines have been recomputed.");

            record(b, "Extended", "2026-01-27");
            date(b, "recordForm:statedDate", "2026-03-02");
            b.type("recordForm:note", "Excessively burdensome: 40 boxes");
            b.click("recordForm:saveRecord");
            b.waitForText("Extended recorded; the deadlines have been recomputed.");
            b.waitForText("Due Mon 2 Mar 2026: the date the agency stated on Tue 27 Jan 2026.");
            assertTrue(b.bodyText().contains("Extension recorded"), "the deadline-change log says why");

            record(b, "Denied", "2026-02-05");
            b.waitForText("Names and titles of each person responsible *");
            b.type("recordForm:recordsWithheld", "Case notes shared with ICE");
            b.type("recordForm:reason", "Confidential law-enforcement records");
            b.click("recordForm:saveRecord");
            b.waitForText("The denial lacks what the law requires: Names and titles of each person responsible");
            b.waitForText("Missing from this denial:");

            b.open("/requests/board.xhtml");
            b.waitForText("Overdue");
            String board = b.find(By.id("boardForm:overdue")).getText();
            assertTrue(board.contains("New Mexico Department of Workforce Solutions"), board);
            assertTrue(board.contains(title), board);
            assertTrue(board.contains("Deemed denied"), board);

            b.open("/outbox.xhtml");
            b.waitForText("SMTP is not configured");
            assertTrue(b.find(By.id("outboxForm:mails")).getText().contains("Held"));
            b.logout();
        }
    }

    @Test
    void theSameCampaignWorksInSpanish() {
        try (Browser b = new Browser(base)) {
            String advocate = advocate(b);
            b.login(advocate, PASSWORD);
            b.find(By.linkText("ES")).click();
            b.waitForText("Cerrar sesión");
            String title = "Datos compartidos " + UUID.randomUUID().toString().substring(0, 4);
            b.open("/campaigns/new.xhtml");
            b.waitForText("Nueva campaña");
            assertTrue(b.byId("campaignForm:template").getAttribute("value").startsWith("Estimado/a {{custodian}}"),
                    "the default letter follows the interface language");
            b.type("campaignForm:title", title);
            b.type("campaignForm:records", "Todos los correos intercambiados con ICE sobre personas.");
            b.type("campaignForm:jurisdiction", "NM");
            b.click("campaignForm:addJurisdiction");
            b.waitForText("New Mexico Department of Workforce Solutions");
            b.click("campaignForm:create");
            b.waitForPath("/campaigns/view.xhtml");
            b.waitForText("solicitud(es) en borrador.");

            sendAsReceivedOnFriday16January(b);
            b.waitForText("solicitud(es) enviada(s).");
            List<String> first = firstDeadlines(b);
            assertTrue(first.size() >= FIVE.size(), first.toString());
            assertTrue(first.stream().allMatch(d -> d.contains("22 ene")), first.toString());

            b.find(By.linkText("New Mexico Human Services Department")).click();
            b.waitForPath("/requests/view.xhtml");
            String page = b.bodyText();
            assertTrue(page.contains("fin de semana"), page);
            assertTrue(page.contains("Martin Luther King Jr. Day"), page);
            assertTrue(page.contains("Denegación tácita"), page);
            assertTrue(page.contains("Plazos y cómo se calcularon"), page);

            record(b, "Acuse de recibo", "2026-01-21");
            b.click("recordForm:saveRecord");
            b.waitForText("Acuse de recibo: registrado; se recalcularon los plazos.");

            record(b, "Denegada", "2026-02-05");
            b.type("recordForm:reason", "Registros confidenciales");
            b.click("recordForm:saveRecord");
            b.waitForText("A la denegación le falta lo que exige la ley");
            b.waitForText("Falta en esta denegación:");

            b.open("/requests/board.xhtml");
            b.waitForText("Tablero de seguimiento");
            assertTrue(b.find(By.id("boardForm:overdue")).getText().contains(title));
            b.find(By.linkText("EN")).click();
            b.waitForText("Log out");
            b.logout();
        }
    }

    @Test
    void anAdminAddsAHolidayRuleAndEveryoneSeesHowALawCountsADate() {
        try (Browser b = new Browser(base)) {
            b.login("admin", System.getProperty("it.admin.password", "Integration-Test-Secret-42"));
            b.open("/laws/index.xhtml?code=nm_ipra");
            b.waitForText("Inspection of Public Records Act");
            assertTrue(b.find(By.id("lawNotes")).getText().contains("n/c"), "the law says what is uncertain");
            date(b, "tryForm:tryDate", "2026-01-16");
            b.click("tryForm:tryIt");
            b.waitForText("Mon 19 Jan: Martin Luther King Jr. Day");
            b.waitForText("Due Thu 22 Jan 2026.");
            b.waitForText("Due Mon 2 Feb 2026.");

            String j = "T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
            b.open("/laws/holidays.xhtml");
            b.type("calendarsForm:newJurisdiction", j);
            b.type("calendarsForm:newName", "Test calendar " + j);
            b.click("calendarsForm:createCalendar");
            b.waitForText("Calendar Test calendar " + j + " added.");
            b.open("/laws/holidays.xhtml?j=" + j);
            b.waitForText("Test calendar " + j);
            b.click("calendarForm:newRule");
            b.waitForAjax();
            b.type("ruleDialogForm:name", "Founders Day");
            b.choose("ruleDialogForm:kind", "Nth weekday of a month");
            b.type("ruleDialogForm:month_input", "1");
            b.type("ruleDialogForm:nth_input", "4");
            b.choose("ruleDialogForm:weekday", "Tuesday");
            b.click("ruleDialogForm:saveRule");
            b.waitForText("Holiday Founders Day saved");
            b.type("calendarForm:year_input", "2026");
            b.click("calendarForm:showYear");
            b.waitForText("Tue 27 Jan 2026");

            b.open("/agencies/index.xhtml");
            b.type("agenciesForm:text", "hsd.nm.gov");
            b.click("agenciesForm:search");
            b.waitForAjax();
            b.until(d -> d.findElement(By.id("agenciesForm:agencies")).getText().contains("nm_hsd")
                    && !d.findElement(By.id("agenciesForm:agencies")).getText().contains("nm_doh"));
            b.logout();
        }
    }
}
