-- A night keeps the time zone (IANA id) it was slept in, and its durations are computed in that
-- zone forever, whatever zone the machine is in later. Nights stored before this change are
-- stamped with the machine's zone at migration time (Migrations fills in the placeholder): the
-- zone their figures were computed in until now. Every insert names the zone of its night.
ALTER TABLE nights ADD COLUMN zone TEXT NOT NULL DEFAULT {system_zone} CHECK (length(zone) > 0);
