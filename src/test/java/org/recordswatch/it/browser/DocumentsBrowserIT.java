package org.recordswatch.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.recordswatch.it.ApiClient;
import org.recordswatch.it.Deployments;

/**
 * The agency side: a records officer acknowledges a request and uploads three files (one a zip); the advocate then
 * sees them with their digests. The officer cannot reach another agency's request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsBrowserIT {

    private static final String PASSWORD = "lantern over the mesa";
    private static final String MVD = "New Mexico Motor Vehicle Division (Taxation and Revenue Department)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path dir;

    @Test
    void anOfficerAcknowledgesAndUploadsThreeFilesAndTheAdvocateSeesThemWithTheirDigests() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String org = "Intake Org " + s;
        String advocate = "adv" + s;
        String officer = "mvd" + s;
        try (Browser b = new Browser(base)) {
            b.login("admin", AdminSteps.ADMIN_PASSWORD);
            AdminSteps.createOrganization(b, org);
            AdminSteps.createUser(b, advocate, "Advocate", org, PASSWORD);
            AdminSteps.createUser(b, officer, "Records officer", MVD, PASSWORD);
            b.logout();
        }

        // The advocate's campaign to MVD and DOH, sent through the REST API (the campaign pages have their own tests).
        ApiClient api = ApiClient.login(base, advocate, PASSWORD);
        long mvdId = agencyId(api, "nm_mvd");
        long dohId = agencyId(api, "nm_doh");
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("title", "Intake " + s);
        campaign.put("recordsDescribed", "All communications with ICE in 2019");
        campaign.put("requesterName", "Ana Test");
        campaign.put("requesterEmail", "ana@example.org");
        campaign.put("letterLanguage", "en");
        campaign.put("agencyIds", List.of(mvdId, dohId));
        long campaignId = api.call("POST", "/api/campaigns", campaign).get("id").asLong();
        api.call("POST", "/api/campaigns/" + campaignId + "/send", Map.of("receivedOn", LocalDate.now().toString()));
        long mvdRequest = -1;
        long dohRequest = -1;
        for (JsonNode r : api.call("GET", "/api/campaigns/" + campaignId + "/requests", null)) {
            if (r.get("agencyCode").asText().equals("nm_mvd")) {
                mvdRequest = r.get("id").asLong();
            } else {
                dohRequest = r.get("id").asLong();
            }
        }

        Path letter = Files.writeString(dir.resolve("response letter.txt"), "Response to IPRA request " + s);
        Path pdf = pdf(dir.resolve("production part 1.pdf"), "Production page one " + s);
        Path zip = zip(dir.resolve("supplemental.zip"), "inner note " + s);

        try (Browser b = new Browser(base)) {
            b.login(officer, PASSWORD);
            b.open("/officer/inbox.xhtml");
            b.waitForText("Intake " + s);
            b.driver().findElement(By.xpath("//tr[contains(., 'Intake " + s + "')]//a[contains(@id,'respond')]")).click();
            b.waitForPath("/requests/view.xhtml");
            b.click("requestForm:recordButton");
            b.waitForAjax();
            b.choose("recordForm:to", "Acknowledged");
            b.click("recordForm:saveRecord");
            b.waitForText("Acknowledged");

            b.open("/documents/request.xhtml?id=" + mvdRequest);
            WebElement input = b.driver().findElement(By.cssSelector("input[type=file][id^='uploadForm:files']"));
            input.sendKeys(letter + "\n" + pdf + "\n" + zip);
            b.driver().findElement(By.cssSelector("#uploadForm\\:files .ui-fileupload-upload")).click();
            b.until(d -> d.findElements(By.cssSelector("#uploadForm\\:uploaded tbody tr .rw-badge-stored")).size() == 3);

            // Another agency's request is not there for this officer.
            b.open("/documents/request.xhtml?id=" + dohRequest);
            b.waitForText("does not exist, or you do not have access to it");
            b.open("/index.xhtml");
            b.logout();
        }

        try (Browser b = new Browser(base)) {
            b.login(advocate, PASSWORD);
            b.open("/documents/request.xhtml?id=" + mvdRequest);
            b.waitForText("supplemental.zip");
            String table = b.find(By.id("documentsForm:originals")).getText();
            for (Path f : List.of(letter, pdf, zip)) {
                assertTrue(table.contains(f.getFileName().toString()), table);
            }
            List<String> digests = b.driver().findElements(By.cssSelector("#documentsForm\\:originals .rw-digest"))
                    .stream().map(e -> e.getAttribute("textContent").strip()).toList();
            assertEquals(3, digests.size());
            for (Path f : List.of(letter, pdf, zip)) {
                assertTrue(digests.contains(sha256(f)), f.getFileName() + " " + digests);
            }
            b.driver().findElement(By.linkText("supplemental.zip")).click();
            b.waitForText("Chain of custody");
            assertTrue(b.bodyText().contains(officer), "the officer is in the chain of custody");
            assertTrue(b.bodyText().contains("Agency portal"), b.bodyText());
        }
    }

    private static long agencyId(ApiClient api, String code) throws Exception {
        for (JsonNode a : api.call("GET", "/api/agencies?q=" + code, null)) {
            if (a.get("code").asText().equals(code)) {
                return a.get("id").asLong();
            }
        }
        throw new IllegalStateException("no agency " + code);
    }

    private static Path pdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Path zip(Path file, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("folder/note.txt"));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
