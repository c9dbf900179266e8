-- The whole domain model of design.md section 2.
-- One script for H2 and MySQL: ${datetime} and ${table_options} are Flyway placeholders that
-- SchemaMigration fills in for the database it finds (TIMESTAMP(6) / DATETIME(6), utf8mb4 InnoDB).

CREATE TABLE id_generator (
  sequence_name VARCHAR(50) NOT NULL,
  next_value BIGINT NOT NULL,
  CONSTRAINT pk_id_generator PRIMARY KEY (sequence_name)
) ${table_options};

INSERT INTO id_generator (sequence_name, next_value) VALUES ('ids', 0);

CREATE TABLE security_group (
  id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  version INT NOT NULL,
  CONSTRAINT pk_security_group PRIMARY KEY (id),
  CONSTRAINT uq_security_group_name UNIQUE (name)
) ${table_options};

CREATE TABLE agent (
  id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  login VARCHAR(100) NOT NULL,
  security_group_id BIGINT NOT NULL,
  state VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  CONSTRAINT pk_agent PRIMARY KEY (id),
  CONSTRAINT uq_agent_login UNIQUE (login),
  CONSTRAINT fk_agent_security_group FOREIGN KEY (security_group_id) REFERENCES security_group (id),
  CONSTRAINT ck_agent_state CHECK (state IN ('LOGGED_OUT', 'NOT_READY', 'READY'))
) ${table_options};

CREATE TABLE app_user (
  id BIGINT NOT NULL,
  username VARCHAR(100) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  agent_id BIGINT,
  version INT NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT uq_app_user_agent UNIQUE (agent_id),
  CONSTRAINT fk_app_user_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
) ${table_options};

CREATE TABLE user_role (
  user_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT ck_user_role CHECK (role IN ('SUPERADMIN', 'ADMIN', 'SUPERVISOR', 'AGENT', 'CONNECTOR'))
) ${table_options};

CREATE TABLE user_security_group (
  user_id BIGINT NOT NULL,
  security_group_id BIGINT NOT NULL,
  CONSTRAINT pk_user_security_group PRIMARY KEY (user_id, security_group_id),
  CONSTRAINT fk_usg_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_usg_security_group FOREIGN KEY (security_group_id) REFERENCES security_group (id)
) ${table_options};

CREATE TABLE media_type (
  code VARCHAR(32) NOT NULL,
  share INT NOT NULL,
  required_spare INT NOT NULL,
  precedence INT NOT NULL,
  version INT NOT NULL,
  CONSTRAINT pk_media_type PRIMARY KEY (code),
  CONSTRAINT ck_media_type_share CHECK (share BETWEEN 1 AND 100),
  CONSTRAINT ck_media_type_required_spare CHECK (required_spare BETWEEN 0 AND 100),
  CONSTRAINT ck_media_type_precedence CHECK (precedence BETWEEN 1 AND 1000)
) ${table_options};

CREATE TABLE media_type_override (
  media_type VARCHAR(32) NOT NULL,
  overridden_type VARCHAR(32) NOT NULL,
  CONSTRAINT pk_media_type_override PRIMARY KEY (media_type, overridden_type),
  CONSTRAINT fk_mto_media_type FOREIGN KEY (media_type) REFERENCES media_type (code) ON DELETE CASCADE,
  CONSTRAINT fk_mto_overridden FOREIGN KEY (overridden_type) REFERENCES media_type (code)
) ${table_options};

CREATE TABLE campaign (
  id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  media_type VARCHAR(32) NOT NULL,
  security_group_id BIGINT NOT NULL,
  enabled BOOLEAN NOT NULL,
  service_level_seconds INT NOT NULL,
  dropout_seconds INT NOT NULL,
  chat_time_limit_seconds INT NOT NULL,
  acd_limit INT NOT NULL,
  max_interactions_per_agent INT NOT NULL,
  schedule VARCHAR(1000) NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  offer_timeout_seconds INT NOT NULL,
  wrap_up_seconds INT NOT NULL,
  version INT NOT NULL,
  CONSTRAINT pk_campaign PRIMARY KEY (id),
  CONSTRAINT uq_campaign_group_name UNIQUE (security_group_id, name),
  CONSTRAINT fk_campaign_media_type FOREIGN KEY (media_type) REFERENCES media_type (code),
  CONSTRAINT fk_campaign_security_group FOREIGN KEY (security_group_id) REFERENCES security_group (id),
  CONSTRAINT ck_campaign_seconds CHECK (service_level_seconds >= 0 AND dropout_seconds >= 0
    AND chat_time_limit_seconds >= 0 AND offer_timeout_seconds >= 0 AND wrap_up_seconds >= 0),
  CONSTRAINT ck_campaign_acd_limit CHECK (acd_limit >= 0),
  CONSTRAINT ck_campaign_max_per_agent CHECK (max_interactions_per_agent BETWEEN 1 AND 100)
) ${table_options};

CREATE TABLE campaign_member (
  id BIGINT NOT NULL,
  campaign_id BIGINT NOT NULL,
  agent_id BIGINT NOT NULL,
  penalty INT NOT NULL,
  version INT NOT NULL,
  CONSTRAINT pk_campaign_member PRIMARY KEY (id),
  CONSTRAINT uq_campaign_member UNIQUE (campaign_id, agent_id),
  CONSTRAINT fk_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
  CONSTRAINT fk_member_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
  CONSTRAINT ck_member_penalty CHECK (penalty BETWEEN 0 AND 100)
) ${table_options};

CREATE INDEX ix_campaign_member_agent ON campaign_member (agent_id);

CREATE TABLE interaction (
  id BIGINT NOT NULL,
  campaign_id BIGINT NOT NULL,
  media_type VARCHAR(32) NOT NULL,
  customer VARCHAR(255) NOT NULL,
  subject VARCHAR(500),
  priority INT NOT NULL,
  state VARCHAR(20) NOT NULL,
  agent_id BIGINT,
  forced BOOLEAN NOT NULL,
  on_hold BOOLEAN NOT NULL,
  reason VARCHAR(500),
  queued_at ${datetime} NOT NULL,
  offered_at ${datetime},
  answered_at ${datetime},
  finished_at ${datetime},
  ended_at ${datetime},
  CONSTRAINT pk_interaction PRIMARY KEY (id),
  CONSTRAINT fk_interaction_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  CONSTRAINT fk_interaction_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
  CONSTRAINT ck_interaction_state CHECK (state IN
    ('QUEUED', 'OFFERED', 'ACTIVE', 'WRAP_UP', 'COMPLETED', 'ABANDONED', 'REJECTED')),
  CONSTRAINT ck_interaction_priority CHECK (priority BETWEEN 0 AND 9)
) ${table_options};

CREATE INDEX ix_interaction_state ON interaction (state);
CREATE INDEX ix_interaction_campaign_queued ON interaction (campaign_id, queued_at);
