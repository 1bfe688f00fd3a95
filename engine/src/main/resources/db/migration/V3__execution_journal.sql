-- Plan execution (docs/decisions/0007-execution-journal.md): schedule windows, the per-move journal
-- written before and after each migration, and the head of the audit chain (audit_log is in V1).

-- When an approved plan may run.
CREATE TABLE plan_schedule (
    plan_id      VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    window_start TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    window_end   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    scheduled_by VARCHAR(200) NOT NULL,
    scheduled_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT schedule_window_order CHECK (window_end > window_start)
);

-- One row per approved move: INTENDED is committed before the connector is asked, the result after.
CREATE TABLE execution_journal (
    plan_id     VARCHAR(100)  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    move_id     VARCHAR(100)  NOT NULL,
    vm_id       VARCHAR(200)  NOT NULL,
    source_host VARCHAR(200)  NOT NULL,
    target_host VARCHAR(200)  NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    attempts    INT           NOT NULL,
    task_id     VARCHAR(200),
    detail      VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plan_id, move_id),
    CONSTRAINT journal_state CHECK (state IN ('PENDING', 'INTENDED', 'DONE', 'FAILED', 'SKIPPED', 'CANCELLED')),
    CONSTRAINT journal_attempts CHECK (attempts >= 0)
);

-- The last entry of audit_log; writers lock this row, so entries get consecutive numbers, and a
-- trail cut short at its end no longer matches it.
CREATE TABLE audit_head (
    id        INT          NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash VARCHAR(128) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '');
