"""The app's look: calm colours, large touch-friendly targets, readable Japanese.

Sizes in the sheet follow the learner's chosen text size (Qt style sheets know no "em").
"""


def style_sheet(base_pt: int) -> str:
    def pt(scale: float) -> str:
        return f"{round(base_pt * scale)}pt"

    return (
        STYLE_SHEET.replace("{title}", pt(1.5))
        .replace("{brand}", pt(2.5))
        .replace("{heading}", pt(1.4))
        .replace("{section}", pt(1.2))
    )


STYLE_SHEET = """
QWidget#ProfilePicker, QWidget#Workspace { background: #fbf8f3; }
QLabel#pickerBrand { font-size: {brand}; color: #b3261e; }
QLabel#pickerTitle { font-size: {heading}; color: #2b2b2b; }
QLabel#pageTitle { font-size: {title}; color: #2b2b2b; }
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
QLabel#sectionTitle { font-size: {section}; color: #b3261e; margin-top: 12px; }
QLabel#cardTitle { font-weight: bold; }
QLabel#hint, QLabel#romaji { color: #6b6b6b; }
QWidget#LessonView, QScrollArea#reader > QWidget > QWidget { background: #fbf8f3; }
"""
