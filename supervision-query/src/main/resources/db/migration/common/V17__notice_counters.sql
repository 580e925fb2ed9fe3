-- Where the notices' numbering stands: the last position given, and the last urging notice number (督办单) of each
-- year, so that the next one is a lookup by key instead of a scan of every notice sent before it.
CREATE TABLE notice_counter (
    counter     VARCHAR(32) NOT NULL,
    last_given  BIGINT      NOT NULL,
    CONSTRAINT pk_notice_counter PRIMARY KEY (counter)
);

INSERT INTO notice_counter (counter, last_given)
SELECT 'position', MAX(position) FROM notice HAVING COUNT(*) > 0;

-- 督办〔2026〕3号: the year is the 4th to 7th character.
INSERT INTO notice_counter (counter, last_given)
SELECT 'urging-' || urging_year, COUNT(*)
FROM (SELECT SUBSTRING(document_number FROM 4 FOR 4) AS urging_year FROM notice WHERE type = 'URGING_SENT') urgings
GROUP BY urging_year;
