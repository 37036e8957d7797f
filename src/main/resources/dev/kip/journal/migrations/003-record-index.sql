-- Records on save read every earlier work set of an exercise: cover those reads with one index.
CREATE INDEX sets_by_exercise_covering ON sets (exercise_id, workout_id, set_type, weight_kg, reps);
DROP INDEX sets_by_exercise;
