package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Communications over HTTP as a script and a browser reach them: an e-mail uploaded through the API is extracted and
 * analysed; the list, the CSV and JSON exports, the analysis status and the explorer's three pages answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunicationsApiIT {

    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password",
            "Integration-Test-Secret-42");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void anUploadedEmailBecomesACommunicationInTheApiTheExportsAndThePages(@TempDir Path dir) throws Exception {
        ApiClient admin = ApiClient.login(base, "admin", ADMIN_PASSWORD);
        String u = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String stateDomain = "sa" + u + ".example.gov";
        String fedDomain = "fa" + u + ".example.gov";
        JsonNode state = admin.call("POST", "/api/agencies", Map.of("code", "it_sa_" + u, "name", "State " + u,
                "side", "state", "jurisdiction", "NM", "domains", List.of(stateDomain)));
        admin.call("POST", "/api/agencies", Map.of("code", "it_fa_" + u, "name", "Federal " + u, "side", "federal",
                "jurisdiction", "US", "domains", List.of(fedDomain)));
        JsonNode org = admin.call("POST", "/api/organizations", Map.of("name", "Org " + u));
        JsonNode campaign = admin.call("POST", "/api/campaigns", Map.of("title", "Communications " + u,
                "recordsDescribed", "e-mails", "requesterName", "Ana", "letterLanguage", "en",
                "organizationId", org.get("id").asLong(), "agencyIds", List.of(state.get("id").asLong())));
        long campaignId = campaign.get("id").asLong();
        admin.call("POST", "/api/campaigns/" + campaignId + "/send",
                Map.of("receivedOn", LocalDate.now().toString(), "byEmail", false));
        long requestId = admin.call("GET", "/api/campaigns/" + campaignId + "/requests", null).get(0).get("id")
                .asLong();

        String jane = "jane.roe@" + stateDomain;
        String tom = "tom.kay@" + fedDomain;
        Path eml = dir.resolve("RE Client address.eml");
        Files.writeString(eml, "From: \"Roe, Jane\" <" + jane + ">\r\nTo: \"Kay, Tom\" <" + tom + ">\r\n"
                + "Subject: RE: Client address\r\nDate: Tue, 9 Jul 2019 11:02:00 -0600\r\n"
                + "Message-ID: <r-" + u + "@" + stateDomain + ">\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Tom,\r\nHer date of birth is 03/14/1985.\r\n\r\nJane Roe\r\n\r\n"
                + "From: Kay, Tom <" + tom + ">\r\nSent: Tuesday, July 9, 2019 9:45 AM\r\nTo: Roe, Jane <" + jane
                + ">\r\nSubject: Client address\r\n\r\nJane,\r\nWhat is the date of birth of Ana Ruiz?\r\n",
                StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = admin.upload("/api/requests/" + requestId + "/documents",
                Map.of("channel", "EMAIL", "ocr", "false"), List.of(eml));
        assertEquals(200, uploaded.statusCode(), uploaded.body());

        JsonNode analysis = admin.call("GET", "/api/campaigns/" + campaignId + "/analysis", null);
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!(analysis.get("finished").asBoolean() && analysis.get("documents").asLong() == 1)
                && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            analysis = admin.call("GET", "/api/campaigns/" + campaignId + "/analysis", null);
        }
        assertTrue(analysis.get("finished").asBoolean(), analysis.toString());
        assertEquals("DONE", analysis.get("status").asText());

        JsonNode list = admin.call("GET", "/api/campaigns/" + campaignId + "/communications?sender=jane.roe", null);
        assertEquals(1, list.size(), list.toString());
        long id = list.get(0).get("id").asLong();
        long threadId = list.get(0).get("threadId").asLong();
        JsonNode one = admin.call("GET", "/api/communications/" + id, null);
        assertEquals(jane, one.get("fromEmail").asText());
        assertFalse(one.get("ownText").asText().contains("What is the date of birth"), "quoted history apart");
        assertTrue(one.get("quotedText").asText().contains("What is the date of birth"));
        assertEquals(400, admin.send("GET", "/api/campaigns/" + campaignId + "/communications?from=soon", null)
                .statusCode());
        assertEquals(404, admin.send("GET", "/api/communications/" + Long.MAX_VALUE, null).statusCode());

        HttpResponse<String> masked = admin.send("GET", "/api/campaigns/" + campaignId + "/communications.csv", null);
        assertEquals(200, masked.statusCode());
        assertFalse(masked.body().contains(jane), "personal data is masked by default, even for an administrator");
        HttpResponse<String> csv = admin.send("GET", "/api/campaigns/" + campaignId
                + "/communications.csv?unmasked=true", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[0].startsWith("id,document,locator,sent_at,from_name,from_email,from_org,to_orgs,subject"));
        assertTrue(lines[1].contains(jane) && lines[1].contains("2019-07-09T11:02:00-06:00")
                && lines[1].contains("state_to_federal") && lines[1].contains("date_of_birth"), lines[1]);
        JsonNode json = ApiClient.parse(admin.send("GET", "/api/campaigns/" + campaignId
                + "/communications.json?unmasked=true", null).body());
        assertEquals("it_sa_" + u, json.get(0).get("from_org").asText());

        HttpSession pages = new HttpSession(base);
        String bearer = "Bearer " + admin.token();
        HttpResponse<String> index = pages.get("/communications/index.xhtml?campaign=" + campaignId, bearer);
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("RE: Client address"), "the list shows the message");
        HttpResponse<String> view = pages.get("/communications/view.xhtml?id=" + id, bearer);
        assertEquals(200, view.statusCode());
        assertTrue(view.body().contains("Her date of birth is 03/14/1985."));
        assertTrue(view.body().contains("date_of_birth"), "the tags are shown");
        HttpResponse<String> thread = pages.get("/communications/thread.xhtml?id=" + threadId, bearer);
        assertEquals(200, thread.statusCode());
        assertTrue(thread.body().contains("RE: Client address"));
    }
}
