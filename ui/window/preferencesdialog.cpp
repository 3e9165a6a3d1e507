#include "window/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "log/wheelguard.h"
#include "session/redaction.h"

PreferencesDialog::PreferencesDialog(const Preferences &p, QWidget *parent)
    : QDialog(parent)
    , m_logFont(new QFontComboBox(this))
    , m_logSize(new QSpinBox(this))
    , m_composerFont(new QFontComboBox(this))
    , m_composerSize(new QSpinBox(this))
    , m_maxRows(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_redactNames(new QPlainTextEdit(this))
    , m_base(p)
{
    setWindowTitle(tr("Preferences"));
    m_logFont->setObjectName(QStringLiteral("logFontCombo"));
    m_composerFont->setObjectName(QStringLiteral("composerFontCombo"));
    auto *form = new QFormLayout(this);
    auto fontRow = [&](QFontComboBox *font, QSpinBox *size, const QFont &value,
                       const QString &name) {
        font->setCurrentFont(value);
        font->setAccessibleName(name);
        size->setRange(6, 48);
        size->setValue(value.pointSize() > 0 ? value.pointSize() : 10);
        size->setSuffix(tr(" pt"));
        size->setAccessibleName(tr("%1 size").arg(name));
        auto *row = new QHBoxLayout;
        row->addWidget(font, 1);
        row->addWidget(size);
        return row;
    };
    // QFormLayout gives a label a buddy only when the field is a widget; a row that is a
    // layout would show its '&' as it is, so these labels name their buddy themselves.
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Log font"), m_logFont),
                 fontRow(m_logFont, m_logSize, p.logFont, tr("Log font")));
    form->addRow(buddyLabel(tr("&Composer font"), m_composerFont),
                 fontRow(m_composerFont, m_composerSize, p.composerFont, tr("Composer font")));
    m_maxRows->setObjectName(QStringLiteral("maxRowsSpin"));
    m_maxRows->setRange(0, 100000000);
    m_maxRows->setSingleStep(100000);
    m_maxRows->setSpecialValueText(tr("no limit"));
    m_maxRows->setValue(int(p.maxRows));
    m_maxRows->setAccessibleName(tr("Events kept in a live log"));
    m_maxRows->setToolTip(tr("Beyond this, the oldest events leave the log (the recording on disk "
                             "keeps them); about 32 bytes plus the payload each"));
    form->addRow(tr("&Keep at most"), m_maxRows);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), Preferences::SystemTheme);
    m_theme->addItem(tr("Light"), Preferences::LightTheme);
    m_theme->addItem(tr("Dark"), Preferences::DarkTheme);
    m_theme->setCurrentIndex(m_theme->findData(p.theme));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme"), m_theme);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("L&anguage"), m_language);
    form->addRow(new QLabel(tr("A new language applies from the next start."), this));
    m_redactNames->setObjectName(QStringLiteral("redactNamesEdit"));
    m_redactNames->setPlainText(p.redactNames.join(QLatin1Char('\n')));
    m_redactNames->setPlaceholderText(QStringLiteral("X-Api-Token"));
    m_redactNames->setTabChangesFocus(true);
    m_redactNames->setMaximumHeight(m_redactNames->fontMetrics().lineSpacing() * 5);
    m_redactNames->setAccessibleName(tr("Also redact"));
    m_redactNames->setToolTip(
        tr("One name per line. Saved sessions write the value of a header with this name, and "
           "of a URL query parameter whose name contains it (any case), as <redacted>, besides "
           "Authorization, cookies and token=… — even when you keep secrets."));
    form->addRow(tr("Also &redact"), m_redactNames);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // The same wheel as the panels of settings: a font or a size changes only when picked.
    WheelGuard::protect(this);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_base;
    p.logFont = m_logFont->currentFont();
    p.logFont.setPointSize(m_logSize->value());
    p.composerFont = m_composerFont->currentFont();
    p.composerFont.setPointSize(m_composerSize->value());
    p.maxRows = m_maxRows->value();
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    p.language = m_language->currentData().toString();
    p.redactNames = Redaction::cleanNames(m_redactNames->toPlainText().split(QLatin1Char('\n')));
    return p;
}
