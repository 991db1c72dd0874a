-- Blue Vest server schema, SQLite. Times are Unix milliseconds (UTC); booleans are 0/1, as in
-- the PostgreSQL schema, so both backends run the same queries.

CREATE TABLE orgs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE volunteers (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES orgs (id),
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Only the SHA-256 of a token is kept. kind: 'volunteer' (volunteer_id, org_id) or 'senior' (event_code).
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    volunteer_id BIGINT REFERENCES volunteers (id),
    org_id BIGINT REFERENCES orgs (id),
    event_code TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX tokens_volunteer ON tokens (volunteer_id);

-- open_code is the code while the event is open and NULL once closed: codes are unique among open events.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE,
    org_id BIGINT NOT NULL REFERENCES orgs (id),
    city TEXT NOT NULL,
    venue TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    month TEXT NOT NULL,
    topics TEXT NOT NULL,
    code TEXT NOT NULL,
    open_code TEXT UNIQUE,
    closed_at BIGINT,
    created_by BIGINT REFERENCES volunteers (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    attendance BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX events_org_start ON events (org_id, starts_at DESC, id DESC);
CREATE INDEX events_code ON events (code);

CREATE TABLE learners (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    first_seen_at BIGINT NOT NULL
);

-- One senior at one event: the volunteer's and the senior's own check-ins merge here.
CREATE TABLE attendances (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id),
    learner_id BIGINT NOT NULL REFERENCES learners (id),
    by_volunteer BIGINT NOT NULL,
    by_senior BIGINT NOT NULL,
    lessons BIGINT NOT NULL,
    first_received_at BIGINT NOT NULL,
    UNIQUE (event_id, learner_id)
);
CREATE INDEX attendances_learner ON attendances (learner_id);

-- Every record as a device sent it (client UUID v7).
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id),
    learner_id BIGINT NOT NULL REFERENCES learners (id),
    event_code TEXT NOT NULL,
    learner TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    lessons_done TEXT NOT NULL,
    device_time BIGINT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX records_attendance ON records (event_id, learner_id);

-- The same record id uploaded again with different content; the stored version stays in records.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records (id),
    org_id BIGINT NOT NULL REFERENCES orgs (id),
    event_id BIGINT NOT NULL REFERENCES events (id),
    event_code TEXT NOT NULL,
    learner TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    lessons_done TEXT NOT NULL,
    device_time BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    content_key TEXT NOT NULL,
    resolved_at BIGINT,
    kept TEXT,
    UNIQUE (record_id, content_key)
);
CREATE INDEX conflicts_org_open ON conflicts (org_id, resolved_at);

-- Totals kept up to date in the ingest transaction, so the dashboard never scans attendance.
CREATE TABLE city_stats (
    city TEXT PRIMARY KEY,
    attendance BIGINT NOT NULL,
    records BIGINT NOT NULL,
    unique_learners BIGINT NOT NULL,
    new_learners BIGINT NOT NULL,
    lessons BIGINT NOT NULL
);
CREATE TABLE month_stats (
    month TEXT PRIMARY KEY,
    attendance BIGINT NOT NULL,
    records BIGINT NOT NULL,
    unique_learners BIGINT NOT NULL,
    new_learners BIGINT NOT NULL,
    lessons BIGINT NOT NULL
);
CREATE TABLE city_learners (
    city TEXT NOT NULL,
    learner_id BIGINT NOT NULL,
    PRIMARY KEY (city, learner_id)
);
CREATE TABLE month_learners (
    month TEXT NOT NULL,
    learner_id BIGINT NOT NULL,
    PRIMARY KEY (month, learner_id)
);
