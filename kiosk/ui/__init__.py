"""The full-screen touch application: shows state, forwards the officer's taps."""
