"""The demo: a fresh home with the demo roster and key, a simulated camera and morning."""
