"""Badge-verification kiosk for the media entrance of a closed summit."""
