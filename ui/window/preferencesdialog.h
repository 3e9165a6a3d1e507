#pragma once

#include <QDialog>

#include "window/preferences.h"

class QComboBox;
class QFontComboBox;
class QPlainTextEdit;
class QSpinBox;

/// Edits Preferences; the window applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QFontComboBox *m_logFont;
    QSpinBox *m_logSize;
    QFontComboBox *m_composerFont;
    QSpinBox *m_composerSize;
    QSpinBox *m_maxRows;
    QComboBox *m_theme;
    QComboBox *m_language;
    QPlainTextEdit *m_redactNames;
    Preferences m_base;
};
