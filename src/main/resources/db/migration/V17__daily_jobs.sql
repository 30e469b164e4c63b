-- One row per daily job and day it ran (retention, ...): the instance whose insert wins runs the
-- job that day, so it runs once per day across all instances sharing the database.
CREATE TABLE daily_job_run (
    job         VARCHAR(64)  NOT NULL,
    run_on      DATE         NOT NULL,
    instance    VARCHAR(100) NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    finished_at TIMESTAMP,
    outcome     VARCHAR(1000),
    CONSTRAINT pk_daily_job_run PRIMARY KEY (job, run_on)
);
