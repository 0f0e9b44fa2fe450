"""Badge production: print-ready PDFs and PNG images of signed badges, drawn with Qt.

Qt (HarfBuzz) shapes Arabic and lays it out right to left, so the same code serves Latin and Arabic
names. Nothing in kiosk.domain imports this package.
"""
