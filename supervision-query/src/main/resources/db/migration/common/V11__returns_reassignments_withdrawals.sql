-- The rules of 1.1: a lead department may return a task (退回) and the office reassign it (改派); a warning may be
-- lifted by hand with a comment; an escalation may be withdrawn. Rows written before this version have no return, no
-- reassignment and no withdrawal, which is what these defaults say.

-- The ledger counts returns and reassignments and keeps the latest return as JSON text.
ALTER TABLE task ADD COLUMN returns INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE task ADD COLUMN reassignments INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE task ADD COLUMN last_return VARCHAR;
