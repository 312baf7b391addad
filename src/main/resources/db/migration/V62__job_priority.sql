-- Job priority: a worker takes the QUEUED job of the lowest priority number first (then the oldest). Extraction of
-- uploaded files runs at 0; derived work that re-reads many documents (a campaign's analysis) runs at 10, after
-- the extractions waiting at that moment.
ALTER TABLE job ADD COLUMN priority SMALLINT NOT NULL DEFAULT 0 AFTER status;
ALTER TABLE job DROP KEY ix_job_claim, ADD KEY ix_job_claim (status, priority, not_before, id);
