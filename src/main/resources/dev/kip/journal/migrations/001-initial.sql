-- Kip journal schema, version 1. Dates are ISO 'yyyy-MM-dd', clock times 'HH:MM' (local),
-- weights kg, temperatures °C, durations minutes. Booleans are 0/1.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Consensus Sleep Diary core items; a night is keyed by the date the person woke up.
CREATE TABLE nights (
    date           TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    into_bed       TEXT NOT NULL CHECK (length(into_bed) = 5),
    tried_to_sleep TEXT NOT NULL CHECK (length(tried_to_sleep) = 5),
    sol_min        INTEGER NOT NULL CHECK (sol_min BETWEEN 0 AND 1440),
    awakenings     INTEGER NOT NULL CHECK (awakenings BETWEEN 0 AND 100),
    waso_min       INTEGER NOT NULL CHECK (waso_min BETWEEN 0 AND 1440),
    final_wake     TEXT NOT NULL CHECK (length(final_wake) = 5),
    out_of_bed     TEXT NOT NULL CHECK (length(out_of_bed) = 5),
    quality        INTEGER NOT NULL CHECK (quality BETWEEN 1 AND 5),
    rested         INTEGER NOT NULL CHECK (rested BETWEEN 1 AND 5),
    woke_early     INTEGER NOT NULL DEFAULT 0 CHECK (woke_early IN (0, 1)),
    note           TEXT NOT NULL DEFAULT ''
);

-- The sleep-diary extras and daily factors, for the night keyed by date (the evening before).
CREATE TABLE factors (
    date               TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    caffeine_drinks    INTEGER CHECK (caffeine_drinks BETWEEN 0 AND 50),
    last_caffeine      TEXT CHECK (last_caffeine IS NULL OR length(last_caffeine) = 5),
    alcohol_drinks     INTEGER CHECK (alcohol_drinks BETWEEN 0 AND 50),
    screens            TEXT CHECK (screens IN ('NONE', 'UNDER_30', 'FROM_30_TO_60', 'OVER_60')),
    late_hard_training INTEGER CHECK (late_hard_training IN (0, 1)),
    room               TEXT CHECK (room IN ('COOL', 'OK', 'WARM')),
    room_temp_c        REAL CHECK (room_temp_c BETWEEN -10 AND 45),
    nap_start          TEXT CHECK (nap_start IS NULL OR length(nap_start) = 5),
    nap_min            INTEGER CHECK (nap_min BETWEEN 0 AND 600)
);

-- Nights as a device measured them; never merged into the diary.
CREATE TABLE device_nights (
    date       TEXT NOT NULL,
    source     TEXT NOT NULL,
    start      TEXT NOT NULL,
    end        TEXT NOT NULL,
    in_bed_min INTEGER NOT NULL CHECK (in_bed_min BETWEEN 0 AND 1440),
    asleep_min INTEGER NOT NULL CHECK (asleep_min BETWEEN 0 AND 1440),
    awake_min  INTEGER NOT NULL CHECK (awake_min BETWEEN 0 AND 1440),
    core_min   INTEGER NOT NULL CHECK (core_min BETWEEN 0 AND 1440),
    deep_min   INTEGER NOT NULL CHECK (deep_min BETWEEN 0 AND 1440),
    rem_min    INTEGER NOT NULL CHECK (rem_min BETWEEN 0 AND 1440),
    PRIMARY KEY (date, source)
);

CREATE TABLE exercises (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE exercise_regions (
    exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
    region_id   TEXT NOT NULL,
    weight      REAL NOT NULL CHECK (weight IN (0.5, 1.0)),
    PRIMARY KEY (exercise_id, region_id)
);

CREATE TABLE workouts (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start        TEXT CHECK (start IS NULL OR length(start) = 5),
    duration_min INTEGER CHECK (duration_min BETWEEN 0 AND 1440),
    session_rpe  REAL CHECK (session_rpe BETWEEN 0 AND 10),
    felt_heavier INTEGER NOT NULL DEFAULT 0 CHECK (felt_heavier IN (0, 1)),
    name         TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    source       TEXT,
    source_key   TEXT,
    UNIQUE (source, source_key)
);
CREATE INDEX workouts_by_date ON workouts (date);

CREATE TABLE sets (
    id          INTEGER PRIMARY KEY,
    workout_id  INTEGER NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
    exercise_id INTEGER NOT NULL REFERENCES exercises (id),
    set_order   INTEGER NOT NULL CHECK (set_order >= 0),
    set_type    TEXT NOT NULL CHECK (set_type IN ('WARM_UP', 'WORKING', 'DROP', 'FAILURE')),
    weight_kg   REAL CHECK (weight_kg BETWEEN 0 AND 1000),
    reps        INTEGER CHECK (reps BETWEEN 0 AND 1000),
    rpe         REAL CHECK (rpe BETWEEN 1 AND 10),
    rir         INTEGER CHECK (rir BETWEEN 0 AND 10)
);
CREATE INDEX sets_by_workout ON sets (workout_id);
CREATE INDEX sets_by_exercise ON sets (exercise_id, workout_id);

CREATE TABLE body_marks (
    date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    region_id    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('SORENESS', 'PAIN')),
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    note         TEXT NOT NULL DEFAULT '',
    next_morning INTEGER NOT NULL DEFAULT 0 CHECK (next_morning IN (0, 1)),
    PRIMARY KEY (date, region_id, kind)
);
CREATE INDEX body_marks_by_region ON body_marks (region_id, date);

CREATE TABLE body_weights (
    date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    weight_kg REAL NOT NULL CHECK (weight_kg BETWEEN 20 AND 400),
    source    TEXT NOT NULL DEFAULT 'kip',
    PRIMARY KEY (date, source)
);

CREATE TABLE import_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format    TEXT NOT NULL,
    workouts  INTEGER NOT NULL DEFAULT 0,
    sets      INTEGER NOT NULL DEFAULT 0,
    nights    INTEGER NOT NULL DEFAULT 0,
    weights   INTEGER NOT NULL DEFAULT 0,
    skipped   INTEGER NOT NULL DEFAULT 0
);
