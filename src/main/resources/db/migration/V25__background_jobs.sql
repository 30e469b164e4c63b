-- Background jobs (response imports, analysis reports): their state where every instance sees it,
-- so that a page can follow a job another instance runs, download its result there, and find a job
-- whose instance stopped marked as failed. The running instance refreshes heartbeat_at; finished
-- jobs are removed after an hour.
CREATE TABLE background_job (
    id           VARCHAR(64)   NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    owner        VARCHAR(100)  NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    done         BIGINT        NOT NULL,
    total        BIGINT        NOT NULL,
    instance     VARCHAR(100)  NOT NULL,
    started_at   TIMESTAMP     NOT NULL,
    heartbeat_at TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP,
    outcome      ${long_text},
    result       ${bytes},
    CONSTRAINT pk_background_job PRIMARY KEY (id),
    CONSTRAINT ck_background_job_state CHECK (state IN ('RUNNING', 'SUCCEEDED', 'REFUSED', 'FAILED'))
);
CREATE INDEX ix_background_job_running ON background_job (state, heartbeat_at);
CREATE INDEX ix_background_job_instance ON background_job (instance, state);
