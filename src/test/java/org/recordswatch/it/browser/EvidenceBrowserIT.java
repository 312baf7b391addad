package org.recordswatch.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recordswatch.it.ApiClient;
import org.recordswatch.it.Deployments;
import org.recordswatch.it.EvidenceRows;

/**
 * An analyst searches, filters by agency, confirms a tag, opens the evidence board, clicks a number, sees the
 * communications behind it and downloads the evidence packet; a records officer reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceBrowserIT {

    private static final String PASSWORD = "cottonwood by the acequia";
    private static final String MVD = "New Mexico Motor Vehicle Division (Taxation and Revenue Department)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt().addClasses(EvidenceRows.class, EvidenceRows.Seeded.class,
                EvidenceSeedServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void anAnalystReviewsSearchesAndExportsWhileARecordsOfficerCannotReachAnyOfIt() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String org = "Evidence Org " + s;
        String advocate = "eadv" + s;
        String analyst = "eana" + s;
        String officer = "eoff" + s;
        long campaignId;
        String word;
        long disclosure;
        try (Browser b = new Browser(base)) {
            b.login("admin", AdminSteps.ADMIN_PASSWORD);
            AdminSteps.createOrganization(b, org);
            AdminSteps.createUser(b, advocate, "Advocate", org, PASSWORD);
            AdminSteps.createUser(b, analyst, "Analyst", org, PASSWORD);
            AdminSteps.createUser(b, officer, "Records officer", MVD, PASSWORD);
            long[] requests = campaign(s, advocate);
            b.open("/it-seed/evidence?mvd=" + requests[0] + "&doh=" + requests[1]);
            b.waitForText("seeded");
            Matcher m = Pattern.compile("campaign=(\\d+) word=(\\w+) disclosure=(\\d+)").matcher(b.bodyText());
            assertTrue(m.find(), b.bodyText());
            campaignId = Long.parseLong(m.group(1));
            word = m.group(2);
            disclosure = Long.parseLong(m.group(3));
            b.open("/index.xhtml");
            b.logout();
        }

        try (Browser b = new Browser(base)) {
            b.login(analyst, PASSWORD);
            b.open("/evidence/search.xhtml?campaign=" + campaignId);
            b.type("searchForm:text", word);
            b.click("searchForm:search");
            b.choose("searchForm:agency", "nm_mvd (1)");
            b.click("searchForm:search");
            b.until(d -> d.findElement(By.id("searchForm:hits:0:openHit")).getText().equals(Long.toString(disclosure)));
            assertFalse(b.bodyText().contains("123-45-6789"), "the snippet is masked");
            assertTrue(b.driver().findElements(By.cssSelector("#searchForm\\:hits .rw-hit")).size() >= 1,
                    "the hit is highlighted");

            b.click("searchForm:hits:0:openHit");
            b.waitForText("SSN 123-45-6789");
            b.click("reviewForm:tags:0:confirmTag");
            b.waitForText("Tag confirmed.");

            b.click("searchForm:openBoard");
            b.waitForPath("/evidence/board.xhtml");
            b.until(d -> !d.findElements(By.cssSelector("a.rw-board-count[href*='agency=nm_mvd'][href*='category=ssn']"))
                    .isEmpty());
            b.driver().findElement(By.cssSelector("a.rw-board-count[href*='agency=nm_mvd'][href*='category=ssn']"))
                    .click();
            b.waitForPath("/evidence/search.xhtml");
            b.until(d -> d.findElement(By.id("searchForm:hits:0:openHit")).getText().equals(Long.toString(disclosure)));
            assertTrue(b.driver().findElements(By.id("searchForm:hits:1:openHit")).isEmpty(), "only that message");

            // Tick the row and tag the selection in bulk (the table finds the ticked row by its key).
            b.driver().findElement(By.cssSelector("#searchForm\\:hits tbody tr .ui-chkbox-box")).click();
            b.type("searchForm:bulkCode", "home_address");
            b.click("searchForm:bulkTag");
            b.waitForText("1 communications tagged.");

            b.open("/evidence/board.xhtml?campaign=" + campaignId);
            String href = b.byId("boardForm:downloadPacket").getDomAttribute("href");
            assertEquals("200 application/zip PK", fetch(b, href));
        }

        try (Browser b = new Browser(base)) {
            b.login(officer, PASSWORD);
            assertTrue(b.driver().findElements(By.id("navSearch")).isEmpty());
            b.open("/evidence/search.xhtml?campaign=" + campaignId);
            assertTrue(b.driver().findElements(By.id("searchForm:text")).isEmpty(), "no search form for an officer");
            assertFalse(b.bodyText().contains(word));
            b.open("/evidence/board.xhtml?campaign=" + campaignId);
            assertTrue(b.driver().findElements(By.id("boardForm:downloadPacket")).isEmpty());
            assertEquals("403", fetch(b, "/evidence/export/packet?campaign=" + campaignId).substring(0, 3));
            assertEquals("403", fetch(b, "/evidence/export/csv?campaign=" + campaignId).substring(0, 3));
        }
    }

    /** Fetches a URL in the page (with the session): "status content-type first-two-bytes". */
    private static String fetch(Browser b, String url) {
        Object result = ((JavascriptExecutor) b.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(buf => {"
                        + "const bytes = new Uint8Array(buf.slice(0, 2));"
                        + "done(r.status + ' ' + (r.headers.get('content-type') || '').split(';')[0] + ' '"
                        + " + String.fromCharCode.apply(null, bytes));}))"
                        + ".catch(e => done('error ' + e));", url);
        return String.valueOf(result);
    }

    /** The advocate's campaign to MVD and DOH, sent through the REST API; returns the two request ids. */
    private long[] campaign(String s, String advocate) throws Exception {
        ApiClient api = ApiClient.login(base, advocate, PASSWORD);
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("title", "Evidence " + s);
        campaign.put("recordsDescribed", "All communications with ICE in 2019");
        campaign.put("requesterName", "Ana Test");
        campaign.put("requesterEmail", "ana@example.org");
        campaign.put("letterLanguage", "en");
        campaign.put("agencyIds", List.of(agencyId(api, "nm_mvd"), agencyId(api, "nm_doh")));
        long id = api.call("POST", "/api/campaigns", campaign).get("id").asLong();
        api.call("POST", "/api/campaigns/" + id + "/send", Map.of("receivedOn", LocalDate.now().toString()));
        long[] out = new long[2];
        for (JsonNode r : api.call("GET", "/api/campaigns/" + id + "/requests", null)) {
            out[r.get("agencyCode").asText().equals("nm_mvd") ? 0 : 1] = r.get("id").asLong();
        }
        return out;
    }

    private static long agencyId(ApiClient api, String code) throws Exception {
        for (JsonNode a : api.call("GET", "/api/agencies?q=" + code, null)) {
            if (a.get("code").asText().equals(code)) {
                return a.get("id").asLong();
            }
        }
        throw new IllegalStateException("no agency " + code);
    }
}
