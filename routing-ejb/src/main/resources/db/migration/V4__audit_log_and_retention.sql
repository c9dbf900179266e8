-- The audit log (design.md section 13, docs/audit.md): one row per configuration change or
-- supervisor action, written in the change's own transaction. No foreign keys: an entry outlives
-- the object, the user and the security groups it names. ${clob} is CLOB on H2, MEDIUMTEXT on MySQL.

CREATE TABLE audit_entry (
  id BIGINT NOT NULL,
  changed_at ${datetime} NOT NULL,
  username VARCHAR(100) NOT NULL,
  action VARCHAR(20) NOT NULL,
  object_type VARCHAR(40) NOT NULL,
  object_id VARCHAR(64) NOT NULL,
  object_name VARCHAR(255),
  before_json ${clob},
  after_json ${clob},
  CONSTRAINT pk_audit_entry PRIMARY KEY (id)
) ${table_options};

-- The security groups an entry belongs to (none: superadmin only).
CREATE TABLE audit_entry_group (
  audit_entry_id BIGINT NOT NULL,
  security_group_id BIGINT NOT NULL,
  CONSTRAINT pk_audit_entry_group PRIMARY KEY (audit_entry_id, security_group_id),
  CONSTRAINT fk_audit_entry_group_entry FOREIGN KEY (audit_entry_id) REFERENCES audit_entry (id)
) ${table_options};

CREATE INDEX ix_audit_entry_changed_at ON audit_entry (changed_at);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id, changed_at);
CREATE INDEX ix_audit_entry_username ON audit_entry (username, changed_at);
CREATE INDEX ix_audit_entry_group_group ON audit_entry_group (security_group_id, audit_entry_id);

-- Retention (docs/running.md#retention) finds the ended interactions older than the limit by their
-- end, in batches; without this index each batch would scan the whole table.
CREATE INDEX ix_interaction_ended_at ON interaction (ended_at);
