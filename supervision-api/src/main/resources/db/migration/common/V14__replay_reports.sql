-- The reports projection is replayed from the first event: its tables were emptied by the previous migration so that
-- every fact carries its rule and its end (the assessment read as of an instant). Without its tracking token the
-- processor starts again from the head of the store.
DELETE FROM token_entry WHERE processor_name = 'reports';
