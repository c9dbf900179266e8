-- The interval report aggregates of design section 13 (docs/reports.md): one row per campaign, and
-- per agent, for each 15-minute interval in UTC in which something happened. Counters and sums
-- only; averages and percentages are computed when reported. A new measure is a new column with a
-- default of 0. interval_start is the interval's start in seconds since 1970-01-01 UTC (a multiple
-- of 900): a number means the same whatever the servers' time zones. Migration 5.1 (IntervalBackfill, Java) fills them from the stored interactions.

CREATE TABLE campaign_interval (
  campaign_id BIGINT NOT NULL,
  interval_start BIGINT NOT NULL,
  offered BIGINT DEFAULT 0 NOT NULL,
  answered BIGINT DEFAULT 0 NOT NULL,
  answered_in_service_level BIGINT DEFAULT 0 NOT NULL,
  abandoned BIGINT DEFAULT 0 NOT NULL,
  abandoned_after_service_level BIGINT DEFAULT 0 NOT NULL,
  rejected BIGINT DEFAULT 0 NOT NULL,
  speed_of_answer_ms BIGINT DEFAULT 0 NOT NULL,
  handled BIGINT DEFAULT 0 NOT NULL,
  handle_ms BIGINT DEFAULT 0 NOT NULL,
  longest_wait_ms BIGINT DEFAULT 0 NOT NULL,
  overflowed BIGINT DEFAULT 0 NOT NULL,
  callbacks BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_campaign_interval PRIMARY KEY (campaign_id, interval_start)
) ${table_options};

CREATE TABLE agent_interval (
  agent_id BIGINT NOT NULL,
  interval_start BIGINT NOT NULL,
  offered BIGINT DEFAULT 0 NOT NULL,
  answered BIGINT DEFAULT 0 NOT NULL,
  rejected BIGINT DEFAULT 0 NOT NULL,
  missed BIGINT DEFAULT 0 NOT NULL,
  handle_ms BIGINT DEFAULT 0 NOT NULL,
  occupied_ms BIGINT DEFAULT 0 NOT NULL,
  ready_ms BIGINT DEFAULT 0 NOT NULL,
  not_ready_ms BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_agent_interval PRIMARY KEY (agent_id, interval_start)
) ${table_options};

-- No foreign keys: the figures of a deleted campaign or agent stay (as the interactions do), and
-- the hot path of the engine pays no lookups for them.

-- Since when each agent is in its state: the start of the ready or not-ready period that the agent
-- report counts when it ends. History before this migration is unknown: migration 5.1
-- starts the periods of the agents logged in now.
ALTER TABLE agent ADD COLUMN state_since ${datetime};
