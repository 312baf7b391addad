package org.recordswatch.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The state of a campaign's analysis (split, resolve, tag): queued, running, done or failed, with its counts. */
@Entity
@Table(name = "campaign_analysis")
public class CampaignAnalysis {

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnalysisStatus status;

    @Column(nullable = false)
    private int documents;

    @Column(nullable = false)
    private int communications;

    @Column(nullable = false)
    private int threads;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 1000)
    private String error;

    @Version
    private long version;

    protected CampaignAnalysis() {
        // for JPA
    }

    public CampaignAnalysis(long campaignId) {
        this.campaignId = campaignId;
        this.status = AnalysisStatus.QUEUED;
    }

    public void queue() {
        if (status != AnalysisStatus.RUNNING) {
            status = AnalysisStatus.QUEUED;
        }
    }

    public void start(Instant at) {
        status = AnalysisStatus.RUNNING;
        startedAt = at;
        error = null;
    }

    public void finish(int documentCount, int communicationCount, int threadCount, Instant at) {
        status = AnalysisStatus.DONE;
        documents = documentCount;
        communications = communicationCount;
        threads = threadCount;
        finishedAt = at;
        error = null;
    }

    public void fail(String reason, Instant at) {
        status = AnalysisStatus.FAILED;
        finishedAt = at;
        error = CommunicationText.cut(reason, 1000);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public AnalysisStatus getStatus() {
        return status;
    }

    public int getDocuments() {
        return documents;
    }

    public int getCommunications() {
        return communications;
    }

    public int getThreads() {
        return threads;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getError() {
        return error;
    }

    public long getVersion() {
        return version;
    }
}
