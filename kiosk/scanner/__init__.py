"""Frames to QR texts: frame sources, decoders, the capture thread."""
