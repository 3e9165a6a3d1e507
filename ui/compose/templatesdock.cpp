#include "compose/templatesdock.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
} // namespace

TemplatesDock::TemplatesDock(const QString &path, QWidget *parent)
    : QDockWidget(tr("Templates"), parent)
    , m_tree(new QTreeWidget(this))
    , m_error(new QLabel(this))
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree->setObjectName(QStringLiteral("templatesTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Mode")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Message templates"));
    m_tree->setToolTip(tr("Double-click loads a template into the composer; Enter loads and "
                          "sends it; Delete removes it"));
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree);
    m_error->setObjectName(QStringLiteral("templatesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    // Two rows of two, so that the dock can be narrow beside the log.
    auto *buttons = new QGridLayout;
    int placed = 0;
    auto button = [&](const QString &text, const QString &tip) {
        auto *b = new QToolButton(body);
        b->setText(text);
        b->setToolTip(tip);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(b, placed / 2, placed % 2);
        ++placed;
        return b;
    };
    QToolButton *save =
        button(tr("Save Current…"), tr("Save the composer's message as a template"));
    save->setObjectName(QStringLiteral("saveTemplateButton"));
    QToolButton *remove = button(tr("Delete"), tr("Delete the selected template"));
    QToolButton *import = button(tr("Import…"), tr("Add the templates of a library file"));
    QToolButton *exportButton =
        button(tr("Export…"), tr("Save the library, or the selected templates, to a file"));
    layout->addLayout(buttons);
    setWidget(body);

    connect(save, &QToolButton::clicked, this, &TemplatesDock::saveCurrentRequested);
    connect(remove, &QToolButton::clicked, this, &TemplatesDock::removeCurrent);
    connect(import, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import Templates"), QString(),
                                                          tr("Template libraries (*.json)"));
        if (!file.isEmpty())
            importFrom(file);
    });
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Templates"),
                                                          QStringLiteral("templates.json"),
                                                          tr("Template libraries (*.json)"));
        if (!file.isEmpty())
            exportTo(file);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, IndexRole);
        if (index.isValid())
            activate(index.toInt(), false);
    });
    setPath(path);
}

bool TemplatesDock::setPath(const QString &path)
{
    m_path = path;
    QString error;
    const bool ok = m_library.load(path, &error);
    m_unreadable = !ok;
    if (!ok) {
        // The file is left alone: it may be the user's hand-edited work.
        showError(tr("%1 Fix the file or move it away; until then nothing is saved, so it is "
                     "not overwritten.")
                      .arg(error));
    } else {
        showError(QString());
    }
    rebuild();
    return ok;
}

QString TemplatesDock::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TemplatesDock::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool TemplatesDock::writable()
{
    // Saving over a file that could not be read would replace the user's templates with what
    // little we hold; look again (it may have been fixed) and refuse while it is unreadable.
    if (m_unreadable)
        setPath(m_path);
    return !m_unreadable;
}

bool TemplatesDock::store()
{
    QString error;
    if (!m_library.save(m_path, &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    return true;
}

void TemplatesDock::rebuild()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> folders;
    auto folderItem = [&](const QString &path) -> QTreeWidgetItem * {
        if (path.isEmpty())
            return nullptr;
        QTreeWidgetItem *parent = nullptr;
        QString sofar;
        for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            sofar += (sofar.isEmpty() ? QString() : QStringLiteral("/")) + part;
            QTreeWidgetItem *&item = folders[sofar];
            if (!item) {
                item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setText(0, part);
                item->setExpanded(true);
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
            parent = item;
        }
        return parent;
    };
    for (int i = 0; i < m_library.size(); ++i) {
        const MessageTemplate &t = m_library.at(i);
        QTreeWidgetItem *parent = folderItem(t.folder);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, t.name);
        item->setText(1, OutgoingMessage::modeId(t.message.mode));
        item->setData(0, IndexRole, i);
        item->setToolTip(0, t.message.body.left(1000));
    }
    m_tree->expandAll();
}

int TemplatesDock::currentIndex() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, IndexRole).isValid() ? item->data(0, IndexRole).toInt() : -1;
}

void TemplatesDock::activate(int index, bool send)
{
    if (index < 0 || index >= m_library.size())
        return;
    const MessageTemplate &t = m_library.at(index);
    emit loadRequested(t.message, send);
}

bool TemplatesDock::saveMessage(const OutgoingMessage &message, const QString &folderAndName)
{
    if (!writable())
        return false;
    if (message.mode == OutgoingMessage::Mode::File) {
        showError(tr("A file is not saved as a template; choose Text, JSON, hex or base64."));
        return false;
    }
    QString path = folderAndName;
    if (path.isEmpty()) {
        bool ok = false;
        path = QInputDialog::getText(this, tr("Save Template"),
                                     tr("Name (Folder/Name files it in a folder):"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    path = path.trimmed();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    MessageTemplate t;
    t.folder = slash < 0 ? QString() : path.left(slash).trimmed();
    t.name = path.mid(slash + 1).trimmed();
    t.message = message;
    if (t.name.isEmpty()) {
        showError(tr("A template needs a name."));
        return false;
    }
    const int existing = m_library.indexOf(t.folder, t.name);
    if (existing >= 0 && folderAndName.isEmpty()
        && QMessageBox::question(this, tr("Save Template"),
                                 tr("Replace the template \"%1\"?").arg(path))
               != QMessageBox::Yes)
        return false;
    m_library.put(t);
    rebuild();
    return store();
}

void TemplatesDock::removeCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !writable())
        return;
    m_library.remove(index);
    rebuild();
    store();
}

bool TemplatesDock::importFrom(const QString &path)
{
    if (!writable())
        return false;
    QString error;
    const int added = m_library.importFile(path, &error);
    if (added < 0) {
        showError(error);
        return false;
    }
    rebuild();
    return store();
}

bool TemplatesDock::exportTo(const QString &path)
{
    QList<int> indices;
    for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->data(0, IndexRole).isValid())
            indices << item->data(0, IndexRole).toInt();
    }
    if (indices.isEmpty()) {
        for (int i = 0; i < m_library.size(); ++i)
            indices << i;
    }
    QString error;
    if (!m_library.exportFile(path, indices, &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    return true;
}

bool TemplatesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(currentIndex(), true);
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}
