"""Pure core: badge format, event programme, verdict rules. No Qt, OpenCV or SQL here."""
