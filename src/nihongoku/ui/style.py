"""The app's look: calm colours, large touch-friendly targets, readable Japanese."""

STYLE_SHEET = """
QWidget#ProfilePicker, QWidget#Workspace { background: #fbf8f3; }
QLabel#pickerBrand { font-size: 30pt; color: #b3261e; }
QLabel#pickerTitle { font-size: 17pt; color: #2b2b2b; }
QLabel#pageTitle { font-size: 18pt; color: #2b2b2b; }
QLabel#errorText { color: #b3261e; }
QLabel#whoLabel { font-weight: bold; color: #444; }
QListWidget#profileList, QListWidget#navigation {
    background: white; border: 1px solid #ddd3c4; border-radius: 6px; padding: 4px;
}
QListWidget#profileList::item, QListWidget#navigation::item { padding-left: 8px; }
QListWidget::item:selected { background: #b3261e; color: white; border-radius: 4px; }
QFrame#card { background: white; border: 1px solid #ddd3c4; border-radius: 8px; padding: 16px; }
QLabel#motto { color: #b3261e; }
QPushButton { padding: 6px 14px; }
QLabel#sectionTitle { font-size: 14pt; color: #b3261e; margin-top: 12px; }
QLabel#cardTitle { font-weight: bold; }
QLabel#hint, QLabel#romaji { color: #6b6b6b; }
QWidget#LessonView, QScrollArea#reader > QWidget > QWidget { background: #fbf8f3; }
"""
