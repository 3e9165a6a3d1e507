#include "window/documentationdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

DocumentationDialog::DocumentationDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_browser(new QTextBrowser(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("documentationDialog"));
    setWindowTitle(tr("Wsprobe Documentation"));
    m_browser->setObjectName(QStringLiteral("documentationBrowser"));
    // Links are ours to follow: a page of the documentation here, the web in the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DocumentationDialog::openLink);
    m_note->setObjectName(QStringLiteral("documentationNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    auto navButton = [this](QStyle::StandardPixmap icon, const QString &text) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(text);
        b->setAccessibleName(text);
        return b;
    };
    QToolButton *back = navButton(QStyle::SP_ArrowBack, tr("Back"));
    QToolButton *forward = navButton(QStyle::SP_ArrowForward, tr("Forward"));
    QToolButton *home = navButton(QStyle::SP_DirHomeIcon, tr("Contents"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("documentationPath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this, where](const QUrl &url) {
        m_note->hide();
        where->setText(QDir::toNativeSeparators(url.toLocalFile()));
        fitImages();
    });
    auto *nav = new QHBoxLayout;
    nav->addWidget(back);
    nav->addWidget(forward);
    nav->addWidget(home);
    nav->addWidget(where, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *openFolder = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    openFolder->setToolTip(tr("Show the documentation's files in the file manager"));
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(m_note);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const QSize room = screen()->availableSize();
    resize(std::min(900, room.width() * 9 / 10), std::min(700, room.height() * 9 / 10));

    const QString index = QDir(m_folder).filePath(QStringLiteral("README.md"));
    if (QFileInfo::exists(index)) {
        m_browser->setSource(QUrl::fromLocalFile(index), QTextDocument::MarkdownResource);
    } else {
        openFolder->setEnabled(false);
        m_browser->setPlainText(
            tr("The documentation is not installed: there is no README.md in %1.\n\nPackages "
               "install it in share/doc/wsprobe beside the program's bin folder; in the source, "
               "it is README.md and the docs folder.")
                .arg(QDir::toNativeSeparators(m_folder)));
    }
}

void DocumentationDialog::openLink(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (!target.isLocalFile()) {
        QDesktopServices::openUrl(target);
        return;
    }
    const QString path = target.toLocalFile();
    if (path == m_browser->source().toLocalFile() && target.hasFragment()) {
        m_browser->scrollToAnchor(target.fragment());
        return;
    }
    if (QFileInfo(path).isFile() && path.endsWith(QLatin1String(".md"))) {
        m_browser->setSource(target, QTextDocument::MarkdownResource);
        return;
    }
    if (QFileInfo(path).isFile()) {
        QDesktopServices::openUrl(target); // a picture: the system's viewer
        return;
    }
    m_note->setText(
        tr("%1 is not part of the installed documentation.").arg(QFileInfo(path).fileName()));
    m_note->show();
}

void DocumentationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitImages();
}

void DocumentationDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitImages();
}

void DocumentationDialog::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const int room = m_browser->viewport()->width() - 2 * int(doc->documentMargin()) - 4;
    if (room <= 0)
        return;
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant data =
                m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            QSize natural;
            if (data.canConvert<QByteArray>() && data.typeId() == QMetaType::QByteArray)
                natural = QImage::fromData(data.toByteArray()).size();
            else if (data.typeId() == QMetaType::QImage)
                natural = data.value<QImage>().size();
            else if (data.typeId() == QMetaType::QPixmap)
                natural = data.value<QPixmap>().size();
            if (natural.isEmpty())
                continue;
            const int width = std::min(natural.width(), room);
            if (qFuzzyCompare(image.width(), qreal(width)))
                continue;
            image.setWidth(width);
            image.setHeight(qreal(natural.height()) * width / natural.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}
