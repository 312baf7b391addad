package org.recordswatch.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recordswatch.platform.web.Messages;

class LetterTemplateTest {

    @Test
    void placeholdersAreFilledInAndValuesAreTakenLiterally() {
        String out = LetterTemplate.render("Dear {{custodian}}, under the {{ statute }}: {{records}}",
                Map.of("custodian", "Ms. Ortiz", "statute", "IPRA", "records", "$1 and {{agency}} \\ literal"));
        assertEquals("Dear Ms. Ortiz, under the IPRA: $1 and {{agency}} \\ literal", out);
    }

    @Test
    void unknownPlaceholdersAreReported() {
        assertEquals(Set.of("agnecy", "foo"), LetterTemplate.unknownPlaceholders("{{agnecy}} {{foo}} {{agency}}"));
    }

    @Test
    void datesAreWrittenInTheLettersLanguage() {
        assertEquals("January 16, 2026", LetterTemplate.date(LocalDate.parse("2026-01-16"), "en"));
        assertEquals("16 de enero de 2026", LetterTemplate.date(LocalDate.parse("2026-01-16"), "es"));
    }

    @Test
    void theDefaultTemplatesOfBothLanguagesUseOnlyKnownPlaceholders() {
        for (String lang : new String[] {"en", "es"}) {
            String template = Messages.get(java.util.Locale.forLanguageTag(lang), "campaign.template.default");
            assertEquals(Set.of(), LetterTemplate.unknownPlaceholders(template), lang);
            assertEquals(true, template.contains("{{records}}"), lang);
        }
    }

    @Test
    void aCampaignWithAnUnknownPlaceholderIsRefused() {
        Campaign c = new Campaign(new org.recordswatch.account.Organization("O", null), "u", 1L, java.time.Instant.now());
        InvalidCampaignException e = assertThrows(InvalidCampaignException.class,
                () -> c.describe("t", null, "Hello {{custodain}}", null, null, null, "R", null, "en"));
        assertEquals("campaign.unknownPlaceholders", e.messageKey());
    }
}
