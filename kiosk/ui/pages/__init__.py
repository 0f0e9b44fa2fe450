"""The pages of the window's QStackedWidget, one per screen."""
