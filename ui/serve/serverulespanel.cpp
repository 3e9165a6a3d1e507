#include "serve/serverulespanel.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include "serve/serveresponder.h"
#include "serve/servescriptbar.h"

ServeRulesPanel::ServeRulesPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_script(new ServeScriptBar(this))
{
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("What it does"), tr("Fired")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Rules"));
    m_editor->setAccessibleName(tr("Rules as JSON"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    auto *echoButton = new QPushButton(tr("Echo Rule"), this);
    m_apply->setToolTip(tr("Use what the editor holds (Ctrl+Return)"));
    m_apply->setShortcut(QKeySequence(QStringLiteral("Ctrl+Return")));
    importButton->setToolTip(tr("Read a rules file (format \"wsprobe-serve-rules\")"));
    exportButton->setToolTip(tr("Write the applied rules to a file"));
    echoButton->setToolTip(tr("Put the one rule of echo mode into the editor"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(echoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_script);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ServeRulesPanel::apply);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Rules"), {},
                                                          tr("Rules (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString path =
            QFileDialog::getSaveFileName(this, tr("Export Rules"), QStringLiteral("rules.json"),
                                         tr("Rules (*.json);;All files (*)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(echoButton, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(QString::fromUtf8(ServeRules::echoRules().toJson()));
    });
    connect(m_script, &ServeScriptBar::pathChosen, this, [this](const QString &path) {
        // The field is the rules' "script": the editor and an export say the same.
        m_rules.script = path;
        setRules(m_rules);
        emit rulesApplied(m_rules);
    });
    setRules(ServeRules());
}

void ServeRulesPanel::setRules(const ServeRules &rules)
{
    m_rules = rules;
    m_editor->setPlainText(QString::fromUtf8(rules.toJson()));
    m_script->setPath(rules.scriptPath());
    showError({});
    fillTable();
}

bool ServeRulesPanel::apply()
{
    ServeRules rules;
    QString error;
    if (!ServeRules::fromJson(m_editor->toPlainText().toUtf8(), &rules, &error)) {
        showError(error);
        // "line 3, column 9: …": put the cursor there.
        static const QRegularExpression where(QStringLiteral("^line (\\d+), column (\\d+)"));
        if (const QRegularExpressionMatch m = where.match(error); m.hasMatch()) {
            const QTextBlock block =
                m_editor->document()->findBlockByNumber(m.captured(1).toInt() - 1);
            if (block.isValid()) {
                QTextCursor cursor(block);
                cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                    qMin(m.captured(2).toInt() - 1, block.length() - 1));
                m_editor->setTextCursor(cursor);
            }
        }
        return false;
    }
    // Typed rules read a relative "script" where the last imported file was.
    rules.baseDir = m_rules.baseDir;
    m_rules = rules;
    m_script->setPath(rules.scriptPath());
    showError({});
    fillTable();
    emit rulesApplied(m_rules);
    return true;
}

bool ServeRulesPanel::importFile(const QString &path)
{
    ServeRules rules;
    QString error;
    if (!ServeRules::load(path, &rules, &error)) {
        showError(error);
        return false;
    }
    setRules(rules);
    emit rulesApplied(m_rules);
    return true;
}

bool ServeRulesPanel::exportFile(const QString &path)
{
    QString error;
    if (!m_rules.save(path, &error)) {
        showError(error);
        return false;
    }
    showError({});
    return true;
}

void ServeRulesPanel::fillTable()
{
    m_table->setRowCount(int(m_rules.rules.size()));
    for (int row = 0; row < m_rules.rules.size(); ++row) {
        const ServeRule &rule = m_rules.rules.at(row);
        auto *name =
            new QTableWidgetItem(rule.name.isEmpty() ? tr("rule %1").arg(row + 1) : rule.name);
        if (!rule.enabled)
            name->setText(tr("%1 (off)").arg(name->text()));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(rule.describe()));
        auto *fired = new QTableWidgetItem(QStringLiteral("0"));
        fired->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, fired);
    }
    m_table->resizeColumnToContents(0);
}

void ServeRulesPanel::showFired(const ServeResponder &responder)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_table->item(row, 2))
            item->setText(QString::number(responder.firedCount(row)));
    }
}

QVariantMap ServeRulesPanel::state() const
{
    return {{QStringLiteral("rules"), QString::fromUtf8(m_rules.toJson())},
            {QStringLiteral("rulesDir"), m_rules.baseDir}};
}

void ServeRulesPanel::setState(const QVariantMap &state)
{
    ServeRules rules;
    QString error;
    if (!ServeRules::fromJson(state.value(QStringLiteral("rules")).toString().toUtf8(), &rules,
                              &error))
        return;
    rules.baseDir = state.value(QStringLiteral("rulesDir")).toString();
    setRules(rules);
}

QString ServeRulesPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServeRulesPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}
