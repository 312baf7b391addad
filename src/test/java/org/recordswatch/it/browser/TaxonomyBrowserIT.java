package org.recordswatch.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
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
 * The admin adds a category and a keyword detector from the taxonomy page, tries it on a pasted text, edits the
 * detector, tries again, and sees a bad pattern refused with the detector named; and the same for a legal basis.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaxonomyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void adminEditsADetectorAndTriesIt() {
        String code = "br_pet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        try (Browser b = new Browser(base)) {
            b.open("/admin/taxonomy.xhtml");
            b.login("admin", AdminSteps.ADMIN_PASSWORD);
            b.waitForText("immigration_status");

            b.click("categoriesForm:newCategory");
            b.type("categoryForm:code", code);
            b.type("categoryForm:labelEn", "Pet");
            b.type("categoryForm:labelEs", "Mascota");
            b.click("categoryForm:saveCategory");
            b.waitForText("Category " + code + " saved.");

            b.click("detectorsForm:newDetector");
            b.type("workForm:detectorKey", code + ".kw");
            b.type("workForm:keywords", "guinea pig");
            b.click("workForm:saveDetector");
            b.waitForText("Detector " + code + ".kw of " + code + " saved.");

            b.type("workForm:trialText", "Her <b>hamster</b> and a guinea pig live with her.");
            b.click("workForm:tryIt");
            b.waitForText("guinea pig");
            String hits = b.byId("workForm:hitTable").getText();
            assertTrue(hits.contains(code + ".kw"), hits);
            assertFalse(hits.contains("hamster"), hits);

            b.click("detectorsForm:detectors:0:editDetector");
            b.type("workForm:keywords", "guinea pig\nhamster");
            b.click("workForm:saveDetector");
            b.waitForText("Detector " + code + ".kw of " + code + " saved.");
            b.click("workForm:tryIt");
            b.until(d -> d.findElement(By.id("workForm:hitTable")).getText().contains("hamster"));
            assertTrue(b.driver().findElements(By.cssSelector("#workForm\\:hitTable b")).isEmpty(),
                    "pasted text is shown escaped");

            b.click("detectorsForm:newDetector");
            b.type("workForm:detectorKey", code + ".broken");
            b.choose("workForm:type", "Pattern (regular expression)");
            b.type("workForm:pattern", "(?<value>\\d{3");
            b.click("workForm:saveDetector");
            b.waitForText("Nothing was saved");
            b.waitForText("detectors[" + code + ".broken]");
            b.logout();
        }
    }

    @Test
    void adminAddsALegalBasisDetectorAndTriesIt() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String key = "basis.br_release_" + suffix;
        try (Browser b = new Browser(base)) {
            b.open("/admin/taxonomy.xhtml");
            b.login("admin", AdminSteps.ADMIN_PASSWORD);
            b.waitForText("administrative_subpoena");

            b.click("basesForm:legalBases:4:editBasis");
            b.until(d -> d.findElement(By.id("basisForm:labelEn")).isDisplayed());
            assertTrue(b.byId("basisForm").getText().contains("written_consent"), b.byId("basisForm").getText());

            b.click("detectorsForm:newDetector");
            b.type("workForm:detectorKey", key);
            b.type("workForm:keywords", "notarized release " + suffix);
            b.click("workForm:saveDetector");
            b.waitForText("Detector " + key + " of written_consent saved.");

            b.type("workForm:trialText", "Attached: the <i>notarized release " + suffix + "</i> she signed.");
            b.click("workForm:tryIt");
            b.until(d -> d.findElement(By.id("workForm:hitTable")).getText().contains(key));
            assertTrue(b.driver().findElements(By.cssSelector("#workForm\\:hitTable i")).isEmpty(),
                    "pasted text is shown escaped");

            b.click("detectorsForm:newDetector");
            b.type("workForm:detectorKey", key + "_bad");
            b.choose("workForm:type", "Pattern (regular expression)");
            b.type("workForm:pattern", "\\bwarrant(");
            b.click("workForm:saveDetector");
            b.waitForText("Nothing was saved");
            b.waitForText("legal_bases[written_consent].detectors[" + key + "_bad]");
            b.logout();
        }
    }
}
