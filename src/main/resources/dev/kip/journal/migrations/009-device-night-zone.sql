-- A device night keeps the zone it was slept in, as a diary night does (007): an IANA id, or the
-- offset the export gave (+02:00). Its start and end are local times in that zone, and a span
-- across a clock change is counted in it. Nights imported before this change are stamped with the
-- machine's zone at migration time (Migrations fills in the placeholder), the zone their local
-- times were read in unless the export said otherwise. Every insert names the zone of its night.
ALTER TABLE device_nights ADD COLUMN zone TEXT NOT NULL DEFAULT {system_zone} CHECK (length(zone) > 0);
