-- The audit trail: who did what to which object, and when. Rows are only ever added. Each row
-- carries the SHA-256 of its content and of the row before it (a hash chain), so that a row
-- changed or removed by hand is found when an admin verifies the chain. The trail holds no
-- personal values: a change names its fields with a keyed digest of the old and new value, so
-- erasing a person never has to rewrite it. audit_head holds the last link of the chain; every
-- append updates it, which also puts the appends of concurrent transactions (and of several
-- instances sharing the database) in one order. When retention removes the oldest rows,
-- first_seq and first_prev_hash record where the kept chain starts, so it still verifies.
CREATE TABLE audit_event (
    seq          BIGINT         NOT NULL,
    occurred_at  TIMESTAMP      NOT NULL,
    actor_kind   VARCHAR(16)    NOT NULL,
    actor_ref    VARCHAR(64),
    action       VARCHAR(32)    NOT NULL,
    object_kind  VARCHAR(32)    NOT NULL,
    object_id    VARCHAR(64),
    changes      VARCHAR(4000),
    prev_hash    CHAR(64)       NOT NULL,
    hash         CHAR(64)       NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, seq);
CREATE INDEX ix_audit_event_object ON audit_event (object_kind, object_id, seq);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_kind, actor_ref, seq);

CREATE TABLE audit_head (
    id          INTEGER       NOT NULL,
    last_seq    BIGINT        NOT NULL,
    last_hash   CHAR(64)      NOT NULL,
    first_seq   BIGINT        NOT NULL,
    first_prev_hash CHAR(64)  NOT NULL,
    digest_key  VARCHAR(64),
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
INSERT INTO audit_head (id, last_seq, last_hash, first_seq, first_prev_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1,
            '0000000000000000000000000000000000000000000000000000000000000000');
