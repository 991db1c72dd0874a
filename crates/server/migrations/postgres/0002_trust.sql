-- Attendance you can trust (issue 13).

-- When an event began to carry its code: a record belongs to the event whose code it carried
-- at its time. Existing events: their creation.
ALTER TABLE events ADD COLUMN opened_at BIGINT NOT NULL DEFAULT 0;
UPDATE events SET opened_at = created_at;

-- The event the conflicting (incoming) version belongs to, decided when it was uploaded, so a
-- conflict resolved for it stays in that event. NULL for conflicts stored before this.
ALTER TABLE conflicts ADD COLUMN incoming_event_id BIGINT REFERENCES events (id);

-- A senior token checks in one learner: the first it uploads for.
ALTER TABLE tokens ADD COLUMN learner TEXT;

-- Each senior's attendances, and the campaign's unique seniors (those with at least one), kept
-- in the same transactions as the rest, so the dashboard's total equals a recount.
ALTER TABLE learners ADD COLUMN attendances BIGINT NOT NULL DEFAULT 0;
UPDATE learners SET attendances = (SELECT COUNT(*) FROM attendances a WHERE a.learner_id = learners.id);
CREATE TABLE campaign_stats (
    id BIGINT PRIMARY KEY,
    unique_learners BIGINT NOT NULL
);
INSERT INTO campaign_stats (id, unique_learners) SELECT 1, COUNT(*) FROM learners WHERE attendances > 0;
-- new_learners was the campaign's unique seniors by the city where each was first seen; it
-- drifted when conflicts moved records and is no longer kept.
UPDATE city_stats SET new_learners = 0;
UPDATE month_stats SET new_learners = 0;

-- Codes kept for a volunteer's events made offline: handed to nobody else until they expire.
CREATE TABLE code_reservations (
    code TEXT PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES orgs (id),
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX code_reservations_volunteer ON code_reservations (volunteer_id);
