-- Issue 19: routines, the plans a workout starts from (Strong's and Hevy's templates): exercises in
-- order, each with a target of sets x reps and an optional weight. A routine is a plan, never a
-- record: nothing in it counts as training until a workout started from it is saved.
CREATE TABLE routines (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);
CREATE TABLE routine_exercises (
    routine_id  INTEGER NOT NULL REFERENCES routines (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
    sets        INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 50),
    reps        INTEGER CHECK (reps BETWEEN 1 AND 1000),
    weight_kg   REAL CHECK (weight_kg BETWEEN 0 AND 1000),
    PRIMARY KEY (routine_id, position)
);
CREATE INDEX routine_exercises_by_exercise ON routine_exercises (exercise_id);
