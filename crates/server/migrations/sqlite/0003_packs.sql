-- Lesson packs (sqlite). A pack id belongs to the organisation that first published it;
-- withdrawn_at withdraws every version. Dates are YYYY-MM-DD text (they sort as dates).

CREATE TABLE packs (
    id TEXT PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES orgs (id),
    created_at BIGINT NOT NULL,
    withdrawn_at BIGINT
);
CREATE INDEX packs_org ON packs (org_id);

-- Each accepted upload: the archive's exact bytes (the signature covers them) and the signed
-- statement as it is served. titles and cities are JSON.
CREATE TABLE pack_versions (
    id INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL REFERENCES packs (id),
    version BIGINT NOT NULL,
    titles TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    cities TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    statement TEXT NOT NULL,
    signature TEXT NOT NULL,
    archive BLOB NOT NULL,
    uploaded_by BIGINT REFERENCES volunteers (id),
    created_at BIGINT NOT NULL,
    UNIQUE (pack_id, version)
);

-- The cities of each version, for listing by city.
CREATE TABLE pack_cities (
    city TEXT NOT NULL,
    version_id BIGINT NOT NULL REFERENCES pack_versions (id),
    PRIMARY KEY (city, version_id)
);

-- A phone fetched a version: once per (version, token); a senior's token names its event.
CREATE TABLE pack_fetches (
    version_id BIGINT NOT NULL REFERENCES pack_versions (id),
    token_hash TEXT NOT NULL,
    event_id BIGINT REFERENCES events (id),
    city TEXT NOT NULL,
    fetched_at BIGINT NOT NULL,
    PRIMARY KEY (version_id, token_hash)
);
