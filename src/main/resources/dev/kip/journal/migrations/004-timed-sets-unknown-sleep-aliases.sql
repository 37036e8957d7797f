-- Issue 15: what real exports hold.
-- Sets of time or distance (a plank held 60 s, a 2 km row): they keep both, in metres and seconds,
-- instead of posing as 0 kg x 0 reps. A set may have weight and reps, time and/or distance, or both.
ALTER TABLE sets ADD COLUMN distance_m REAL CHECK (distance_m BETWEEN 0 AND 1000000);
ALTER TABLE sets ADD COLUMN seconds INTEGER CHECK (seconds BETWEEN 0 AND 86400);

-- A night a device recorded only as "in bed" (a phone without a watch) has no asleep time: NULL,
-- never 0. SQLite cannot drop NOT NULL in place, so the table is rebuilt. Nights already imported
-- with asleep 0 and no stage were such nights: they become unknown.
CREATE TABLE device_nights_004 (
    date       TEXT NOT NULL,
    source     TEXT NOT NULL,
    start      TEXT NOT NULL,
    end        TEXT NOT NULL,
    in_bed_min INTEGER NOT NULL CHECK (in_bed_min BETWEEN 0 AND 1440),
    asleep_min INTEGER CHECK (asleep_min BETWEEN 0 AND 1440),
    awake_min  INTEGER NOT NULL CHECK (awake_min BETWEEN 0 AND 1440),
    core_min   INTEGER NOT NULL CHECK (core_min BETWEEN 0 AND 1440),
    deep_min   INTEGER NOT NULL CHECK (deep_min BETWEEN 0 AND 1440),
    rem_min    INTEGER NOT NULL CHECK (rem_min BETWEEN 0 AND 1440),
    PRIMARY KEY (date, source)
);
INSERT INTO device_nights_004 (date, source, start, end, in_bed_min, asleep_min, awake_min, core_min, deep_min, rem_min)
SELECT date, source, start, end, in_bed_min,
       CASE WHEN asleep_min = 0 AND core_min = 0 AND deep_min = 0 AND rem_min = 0 AND in_bed_min > 0 THEN NULL
            ELSE asleep_min END,
       awake_min, core_min, deep_min, rem_min
FROM device_nights;
DROP TABLE device_nights;
ALTER TABLE device_nights_004 RENAME TO device_nights;

-- The names other apps give an exercise ("Squat (Barbell)" for Back Squat), one row per name, kept
-- with the exercise so that the next import maps them the same way; editable in the import preview.
CREATE TABLE exercise_aliases (
    alias       TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(alias)) > 0),
    exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE
);
CREATE INDEX exercise_aliases_by_exercise ON exercise_aliases (exercise_id);
