-- Issue 17: what a physiotherapist needs beside the body map.
--
-- Pain details on a pain mark, each optional: its character, when it shows, its effect on training.
ALTER TABLE body_marks ADD COLUMN pain_character TEXT
    CHECK (pain_character IS NULL OR pain_character IN ('ACHING', 'SHARP', 'BURNING', 'STIFF', 'TINGLING_NUMB'));
ALTER TABLE body_marks ADD COLUMN pain_timing TEXT
    CHECK (pain_timing IS NULL OR pain_timing IN ('ON_WAKING', 'DURING_TRAINING', 'AFTER_TRAINING', 'AT_NIGHT', 'ALL_DAY'));
ALTER TABLE body_marks ADD COLUMN training_effect TEXT
    CHECK (training_effect IS NULL OR training_effect IN ('NONE', 'MODIFIED', 'STOPPED'));

-- Pain felt in a region during a session (0-10): the pain-monitoring model's "during" reading.
CREATE TABLE session_pain (
    workout_id INTEGER NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
    region_id  TEXT NOT NULL,
    level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    PRIMARY KEY (workout_id, region_id)
);

-- Patient-Specific Functional Scale (Stratford et al. 1995): up to five activities in use at a time,
-- each rated 0 (unable) to 10 (as before the problem). A retired activity keeps its ratings.
CREATE TABLE psfs_activities (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    added   TEXT NOT NULL CHECK (added GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    retired TEXT CHECK (retired IS NULL OR retired GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
CREATE TABLE psfs_ratings (
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    activity_id INTEGER NOT NULL REFERENCES psfs_activities (id) ON DELETE CASCADE,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (date, activity_id)
);

-- Physiotherapy appointments: a date and an optional note.
CREATE TABLE appointments (
    id   INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointments_by_date ON appointments (date);

-- The new body-map regions join the exercises' loads, so that pain marked on the spine or the back of
-- a knee meets the sessions that load it: the lumbar spine as much as the lower back, the sacrum and
-- the thoracic spine as a secondary load of the muscles beside them, each knee (front and back) as a
-- secondary load of the thigh muscles that cross it as prime movers. Every exercise at migration time,
-- the person's own included.
INSERT OR IGNORE INTO exercise_regions (exercise_id, region_id, weight)
SELECT exercise_id, 'BACK.LUMBAR_SPINE', max(weight) FROM exercise_regions
WHERE region_id IN ('BACK.LOWER_BACK.L', 'BACK.LOWER_BACK.R') GROUP BY exercise_id;
INSERT OR IGNORE INTO exercise_regions (exercise_id, region_id, weight)
SELECT DISTINCT exercise_id, 'BACK.SACRUM', 0.5 FROM exercise_regions
WHERE region_id IN ('BACK.LOWER_BACK.L', 'BACK.LOWER_BACK.R');
INSERT OR IGNORE INTO exercise_regions (exercise_id, region_id, weight)
SELECT DISTINCT exercise_id, 'BACK.THORACIC_SPINE', 0.5 FROM exercise_regions
WHERE region_id IN ('BACK.TRAPEZIUS.L', 'BACK.TRAPEZIUS.R', 'BACK.UPPER_BACK.L', 'BACK.UPPER_BACK.R');
INSERT OR IGNORE INTO exercise_regions (exercise_id, region_id, weight)
SELECT exercise_id, 'FRONT.KNEE' || substr(region_id, -2), 0.5 FROM exercise_regions
WHERE region_id IN ('FRONT.QUADRICEPS.L', 'FRONT.QUADRICEPS.R') AND weight = 1.0;
INSERT OR IGNORE INTO exercise_regions (exercise_id, region_id, weight)
SELECT exercise_id, 'BACK.KNEE' || substr(region_id, -2), 0.5 FROM exercise_regions
WHERE region_id IN ('BACK.HAMSTRINGS.L', 'BACK.HAMSTRINGS.R') AND weight = 1.0;
