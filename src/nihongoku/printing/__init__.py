"""Lessons on paper: A4 documents drawn with QPainter on a PDF writer or a printer.

Only QtGui is used (no widgets), so documents can be made by the command line under a
QGuiApplication on the offscreen platform as well as by the app. What goes on a page
comes from nihongoku.core.export.worksheets; this package only lays it out.
"""
