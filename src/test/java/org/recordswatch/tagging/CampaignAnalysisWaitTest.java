package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a campaign's analysis waits for its extractions, and for how long. */
class CampaignAnalysisWaitTest {

    @Test
    void runsAtOnceWhenNothingIsBeingExtracted() {
        assertTrue(CampaignAnalysisJob.waitFor(false, Duration.ZERO).isEmpty());
        assertTrue(CampaignAnalysisJob.waitFor(false, Duration.ofHours(1)).isEmpty());
    }

    @Test
    void waitsWhileFilesAreBeingExtractedLookingAgainSoon() {
        assertEquals(Optional.of(CampaignAnalysisJob.RECHECK), CampaignAnalysisJob.waitFor(true, Duration.ZERO));
        assertEquals(Optional.of(CampaignAnalysisJob.RECHECK),
                CampaignAnalysisJob.waitFor(true, Duration.ofSeconds(30)));
    }

    @Test
    void neverWaitsLongerThanTheLimitSoThatALongBatchShowsItsCommunicationsAsTheyCome() {
        Duration almost = CampaignAnalysisJob.MAX_WAIT.minusMillis(500);
        assertEquals(Optional.of(Duration.ofMillis(500)), CampaignAnalysisJob.waitFor(true, almost));
        assertTrue(CampaignAnalysisJob.waitFor(true, CampaignAnalysisJob.MAX_WAIT).isEmpty());
        assertTrue(CampaignAnalysisJob.waitFor(true, CampaignAnalysisJob.MAX_WAIT.plusMinutes(5)).isEmpty());
    }
}
