"""Demo content: to be reviewed by a clinician before publication."""
