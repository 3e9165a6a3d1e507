#include "serve/servescriptbar.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "script/servescriptrunner.h"

ServeScriptBar::ServeScriptBar(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_status(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    m_path->setPlaceholderText(tr("none: \"script\" rules have nothing to answer them"));
    m_path->setAccessibleName(tr("Script file"));
    m_path->setToolTip(tr("A JavaScript file whose onClientMessage answers the \"script\" "
                          "rules (the rules file's \"script\"); it runs while the server "
                          "listens"));
    m_choose->setToolTip(tr("Choose the script file"));
    m_reload->setToolTip(tr("Run the file again as it is now, in a fresh runtime"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Script output"));
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Lines a long-running mock logs; the oldest go first.
    m_output->setMaximumBlockCount(2000);
    m_output->setPlaceholderText(tr("What the script logs and its problems appear here."));
    m_output->setMaximumHeight(fontMetrics().height() * 6);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Script:"), this));
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    row->addWidget(m_reload);
    row->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_output);

    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->isModified()) {
            m_path->setModified(false);
            emit pathChosen(m_path->text().trimmed());
        }
    });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Serve Script"), QFileInfo(m_path->text()).path(),
                                         tr("JavaScript (*.js);;All files (*)"));
        if (!path.isEmpty())
            emit pathChosen(path);
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_runner && !m_runner->reload(&error))
            append(tr("Problem: %1").arg(error));
    });
    updateState();
}

void ServeScriptBar::setRunner(ServeScriptRunner *runner)
{
    m_runner = runner;
    connect(runner, &ServeScriptRunner::logged, this, &ServeScriptBar::append);
    connect(runner, &ServeScriptRunner::problem, this,
            [this](const QString &message) { append(tr("Problem: %1").arg(message)); });
    connect(runner, &ServeScriptRunner::runningChanged, this, [this] {
        if (m_runner->isRunning() && m_runner->generation() != m_shownGeneration) {
            m_shownGeneration = m_runner->generation();
            append(tr("— %1 started (run %2) —")
                       .arg(QFileInfo(m_runner->path()).fileName())
                       .arg(m_runner->generation()));
        }
        updateState();
    });
    updateState();
}

void ServeScriptBar::setPath(const QString &path)
{
    m_path->setText(path);
    m_path->setModified(false);
    updateState();
}

QString ServeScriptBar::path() const
{
    return m_path->text().trimmed();
}

QStringList ServeScriptBar::outputLines() const
{
    return m_output->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ServeScriptBar::append(const QString &line)
{
    m_output->appendPlainText(line);
}

void ServeScriptBar::updateState()
{
    const bool running = m_runner && m_runner->isRunning();
    m_reload->setEnabled(m_runner && m_runner->isServing() && !path().isEmpty());
    if (path().isEmpty())
        m_status->setText(tr("no script"));
    else
        m_status->setText(running ? tr("running") : tr("runs while the server listens"));
}
