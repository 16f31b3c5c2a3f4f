-- facilioo-sdk-fleet, schema version 1 (PostgreSQL). Run it with your migration tool, or call
-- CreateLedger.migrate(), which runs exactly this file. Every statement is idempotent.

-- One row per externalId: who holds the claim and until when, and the process once created.
CREATE TABLE IF NOT EXISTS facilioo_create_ledger (
  external_id  VARCHAR(255) PRIMARY KEY,
  claim_token  VARCHAR(64)  NOT NULL,
  lease_until  BIGINT       NOT NULL,
  attempts     INTEGER      NOT NULL,
  process_id   INTEGER,
  claimed_at   BIGINT       NOT NULL,
  completed_at BIGINT
);

-- The shared request budgets of BucketRateLimiter.postgres(...): Bucket4j's state per key.
CREATE TABLE IF NOT EXISTS facilioo_rate_bucket (
  id    BIGINT PRIMARY KEY,
  state BYTEA
);
