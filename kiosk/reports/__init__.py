"""After the event: log exports and the attendance report."""
