#include "collection/environmentsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ValueColumn, SecretColumn };

/// Masks the value of a row marked secret, shown and edited, unless secrets are shown.
class SecretDelegate : public QStyledItemDelegate
{
public:
    SecretDelegate(const QCheckBox *show, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_show(show)
    {
    }

    static bool isSecret(const QModelIndex &index)
    {
        return index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ValueColumn)
            option->text = EnvironmentsDialog::shownValue(index, m_show->isChecked());
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor);
            line && isSecret(index) && !m_show->isChecked())
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

private:
    const QCheckBox *m_show;
};
} // namespace

EnvironmentsDialog::EnvironmentsDialog(const EnvironmentSet &set, QWidget *parent)
    : QDialog(parent)
    , m_set(set)
    , m_list(new QListWidget(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_showSecrets(new QCheckBox(tr("Show secrets"), this))
{
    setWindowTitle(tr("Environments"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("{{name}} in a URL, header or message takes the "
                                "tab's own variable first, then the environment's, then the "
                                "global one."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    leftLayout->addWidget(m_list);
    auto *envButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), left);
    auto *rename = new QPushButton(tr("Rename…"), left);
    auto *remove = new QPushButton(tr("Delete"), left);
    for (QPushButton *b : {add, rename, remove}) {
        b->setAutoDefault(false);
        envButtons->addWidget(b);
    }
    leftLayout->addLayout(envButtons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("environmentTable"));
    m_table->setAccessibleName(tr("Variables of the environment"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 140);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new SecretDelegate(m_showSecrets, m_table));
    rightLayout->addWidget(m_table);
    auto *varButtons = new QHBoxLayout;
    auto *addVar = new QPushButton(tr("Add Variable"), right);
    auto *removeVar = new QPushButton(tr("Remove Variable"), right);
    for (QPushButton *b : {addVar, removeVar}) {
        b->setAutoDefault(false);
        varButtons->addWidget(b);
    }
    m_showSecrets->setObjectName(QStringLiteral("showSecrets"));
    varButtons->addStretch(1);
    varButtons->addWidget(m_showSecrets);
    rightLayout->addLayout(varButtons);
    splitter->setStretchFactor(1, 1);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *globals = new QListWidgetItem(tr("Globals"), m_list);
    QFont italic = globals->font();
    italic.setItalic(true);
    globals->setFont(italic);
    globals->setToolTip(tr("Used by every tab, whatever its environment"));
    for (const Environment &e : m_set.environments())
        m_list->addItem(e.name);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentsDialog::showSet);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Environment"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            addEnvironment(name);
    });
    connect(rename, &QPushButton::clicked, this, &EnvironmentsDialog::renameCurrent);
    connect(remove, &QPushButton::clicked, this, &EnvironmentsDialog::removeCurrent);
    connect(addVar, &QPushButton::clicked, this, [this] {
        addVariable({}, {}, false);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(removeVar, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_showSecrets, &QCheckBox::toggled, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(m_list, &QListWidget::currentRowChanged, this, [rename, remove](int row) {
        rename->setEnabled(row > 0);
        remove->setEnabled(row > 0);
    });
    const int active = m_set.indexOf(m_set.active());
    m_list->setCurrentRow(active < 0 ? 0 : active + 1);
    resize(720, 420);
    splitter->setSizes({170, 550});
}

QList<EnvironmentVariable> EnvironmentsDialog::tableRows() const
{
    QList<EnvironmentVariable> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        EnvironmentVariable v;
        v.name = m_table->item(row, NameColumn)->text().trimmed();
        v.value = m_table->item(row, ValueColumn)->text();
        v.secret = m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (!v.name.isEmpty())
            rows << v;
    }
    return rows;
}

EnvironmentSet EnvironmentsDialog::withShown(EnvironmentSet set) const
{
    if (m_shown == 0) {
        set.setGlobals(tableRows());
    } else if (m_shown > 0 && m_shown - 1 < set.environments().size()) {
        QList<Environment> list = set.environments();
        list[m_shown - 1].variables = tableRows();
        set.setEnvironments(list);
    }
    return set;
}

void EnvironmentsDialog::storeShown()
{
    m_set = withShown(m_set);
}

void EnvironmentsDialog::showSet(int row)
{
    storeShown();
    m_shown = row;
    m_table->setRowCount(0);
    if (row < 0)
        return;
    const QList<EnvironmentVariable> &vars =
        row == 0 ? m_set.globals() : m_set.environments().at(row - 1).variables;
    for (const EnvironmentVariable &v : vars)
        addVariable(v.name, v.value, v.secret);
}

void EnvironmentsDialog::addVariable(const QString &name, const QString &value, bool secret)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    check->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    check->setToolTip(tr("A secret is masked here and left out of exports unless you ask"));
    m_table->setItem(row, SecretColumn, check);
}

void EnvironmentsDialog::addEnvironment(const QString &name)
{
    if (m_set.indexOf(name) >= 0) {
        selectEnvironment(name);
        return;
    }
    storeShown();
    QList<Environment> list = m_set.environments();
    list << Environment{name, {}};
    m_set.setEnvironments(list);
    m_list->addItem(name);
    m_list->setCurrentRow(m_list->count() - 1);
}

void EnvironmentsDialog::selectEnvironment(const QString &name)
{
    const int i = m_set.indexOf(name);
    m_list->setCurrentRow(i < 0 ? 0 : i + 1);
}

void EnvironmentsDialog::renameCurrent()
{
    const int row = m_list->currentRow();
    if (row <= 0)
        return;
    storeShown();
    bool ok = false;
    const QString old = m_set.environments().at(row - 1).name;
    const QString name = QInputDialog::getText(this, tr("Rename Environment"), tr("Name:"),
                                               QLineEdit::Normal, old, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == old)
        return;
    if (m_set.indexOf(name) >= 0) {
        QMessageBox::warning(this, tr("Rename Environment"),
                             tr("There is already an environment called \"%1\".").arg(name));
        return;
    }
    QList<Environment> list = m_set.environments();
    list[row - 1].name = name;
    m_set.setEnvironments(list);
    if (m_set.active() == old)
        m_set.setActive(name);
    m_list->item(row)->setText(name);
}

void EnvironmentsDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row <= 0)
        return;
    QList<Environment> list = m_set.environments();
    m_shown = -1; // its rows go with it
    list.removeAt(row - 1);
    m_set.setEnvironments(list);
    delete m_list->takeItem(row);
}

QString EnvironmentsDialog::shownValue(const QModelIndex &index, bool showSecrets)
{
    const QString value = index.data().toString();
    const bool secret =
        index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return secret && !showSecrets && !value.isEmpty() ? QString(8, QChar(0x2022)) : value;
}

EnvironmentSet EnvironmentsDialog::environments() const
{
    return withShown(m_set);
}
