"""The application layer: a station opened with named arguments, the checkpoint service, roster
import, keys, and the adapter the kiosk screen's worker calls."""
