#include "log/messagedetail.h"

#include <vector>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "connection/timeformat.h"
#include "json/jsonscanner.h"
#include "json/jsontext.h"
#include "log/hexdumpmodel.h"
#include "log/linenumberedit.h"
#include "log/logsearch.h"
#include "session/eventjson.h"

namespace {

enum JsonRole { CopyValueRole = Qt::UserRole + 1, PathKeyRole };
// QPlainTextEdit lays out a whole paragraph at once: many lines are cheap, one very long line
// is not (a 2 MiB line takes minutes). Long lines get a smaller window.
constexpr qsizetype MaxTextBytes = 1 << 20;
constexpr qsizetype MaxLineBytes = 32 << 10;

qsizetype textWindow(QByteArrayView payload)
{
    qsizetype longest = 0, start = 0;
    const qsizetype scan = std::min(payload.size(), MaxTextBytes);
    for (qsizetype i = 0; i <= scan; ++i) {
        if (i == scan || payload[i] == '\n') {
            longest = std::max(longest, i - start);
            start = i + 1;
        }
    }
    return longest > MaxLineBytes ? MaxLineBytes : MaxTextBytes;
}

bool looksLikeText(const QByteArray &payload)
{
    const QByteArrayView head =
        QByteArrayView(payload).first(std::min<qsizetype>(payload.size(), 4096));
    for (const char c : head) {
        if ((quint8(c) < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
            return false;
    }
    return QString::fromUtf8(payload).toUtf8() == payload;
}

} // namespace

MessageDetail::MessageDetail(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new LineNumberEdit(this))
    , m_json(new QTreeWidget(this))
    , m_hex(new QListView(this))
    , m_hexModel(new HexDumpModel(this))
    , m_imageScroll(new QScrollArea(this))
    , m_image(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Event summary"));
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setObjectName(QStringLiteral("detailText"));
    m_text->setFont(fixed);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Payload text"));
    m_json->setObjectName(QStringLiteral("detailJson"));
    m_json->setHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
    m_json->setUniformRowHeights(true);
    m_json->setContextMenuPolicy(Qt::CustomContextMenu);
    m_json->setAccessibleName(tr("Payload as a JSON tree"));
    m_json->setToolTip(tr("Right-click a member to copy its value or its JSON path"));
    connect(m_json, &QWidget::customContextMenuRequested, this, &MessageDetail::showJsonMenu);
    m_hex->setObjectName(QStringLiteral("detailHex"));
    m_hex->setFont(fixed);
    m_hex->setUniformItemSizes(true);
    m_hex->setModel(m_hexModel);
    m_hex->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_hex->setAccessibleName(tr("Payload as a hex dump"));
    m_image->setObjectName(QStringLiteral("detailImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Payload as a picture"));
    m_imageScroll->setWidget(m_image);
    m_imageScroll->setWidgetResizable(true);

    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_json, tr("JSON"));
    m_tabs->addTab(m_hex, tr("Hex"));
    m_tabs->addTab(m_imageScroll, tr("Image"));
    connect(m_tabs->tabBar(), &QTabBar::tabBarClicked, this, [this](int index) {
        if (index != ImagePage)
            m_textPreference = index;
    });
    clear();
}

MessageDetail::~MessageDetail() = default;

void MessageDetail::clear()
{
    m_summary->setText(tr("Select an event to see it in full."));
    m_text->clear();
    m_json->clear();
    m_hexModel->setPayload({});
    m_image->clear();
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, false);
}

bool MessageDetail::isPageAvailable(Page page) const
{
    return m_tabs->isTabEnabled(page);
}

MessageDetail::Page MessageDetail::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void MessageDetail::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

QString MessageDetail::summary() const
{
    return m_summary->text();
}

QByteArray MessageDetail::imageFormat(QByteArrayView p)
{
    if (p.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (p.startsWith("\xff\xd8\xff"))
        return "jpeg";
    if (p.startsWith("GIF87a") || p.startsWith("GIF89a"))
        return "gif";
    if (p.size() >= 12 && p.startsWith("RIFF") && p.sliced(8, 4) == "WEBP")
        return "webp";
    return {};
}

void MessageDetail::showEvent(const Event &event)
{
    const QLocale locale;
    const QByteArray &payload = event.payload;
    QString summary =
        tr("%1 · %2").arg(EventNames::kindLabel(event.kind), TimeFormat::iso(event.timeMs));
    if (event.direction == Direction::Out)
        summary += tr(" · sent");
    else if (event.direction == Direction::In)
        summary += tr(" · received");
    summary += tr(" · %1 bytes").arg(locale.toString(qint64(payload.size())));
    if (event.isMessage() && event.wireSize >= 0)
        summary += tr(" · %1 bytes on the wire (compressed)").arg(locale.toString(event.wireSize));
    if (event.kind == EventKind::Text)
        summary += tr(" · %1 characters").arg(locale.toString(QString::fromUtf8(payload).size()));

    // Text: binary payloads are shown as text only when they are printable UTF-8.
    const bool isText = event.kind != EventKind::Binary || looksLikeText(payload);
    if (event.kind == EventKind::Handshake && event.handshake) {
        m_text->setPlainText(EventNames::handshakeText(*event.handshake, true)
                             + QStringLiteral("\n\n")
                             + EventNames::handshakeText(*event.handshake, false));
    } else if (event.kind == EventKind::Frame) {
        m_text->setPlainText(EventNames::describeFrame(event.frame));
    } else if (!isText) {
        m_text->setPlainText(tr("(binary payload: see the Hex page)"));
    } else if (const qsizetype window = textWindow(payload); payload.size() > window) {
        m_text->setPlainText(
            QString::fromUtf8(QByteArrayView(payload).first(window))
            + tr("\n\n… the first %1 bytes of %2 are shown; the Hex page and Copy Payloads "
                 "have all of it.")
                  .arg(locale.toString(window), locale.toString(qint64(payload.size()))));
    } else {
        m_text->setPlainText(QString::fromUtf8(payload));
    }

    highlightMatches();
    const bool json = event.isMessage() && isText && buildJson(payload);
    m_tabs->setTabEnabled(JsonPage, json);
    m_tabs->setTabToolTip(JsonPage, m_jsonNote);

    m_hexModel->setPayload(event.kind == EventKind::Frame ? QByteArray() : payload);
    m_tabs->setTabEnabled(HexPage, !payload.isEmpty() && event.kind != EventKind::Frame);

    const QByteArray format = event.kind == EventKind::Binary ? imageFormat(payload) : QByteArray();
    bool image = false;
    if (!format.isEmpty()) {
        QImage picture;
        if (picture.loadFromData(payload, format.constData())) {
            m_image->setPixmap(QPixmap::fromImage(picture));
            summary += tr(" · %1 image %2×%3")
                           .arg(QString::fromLatin1(format).toUpper())
                           .arg(picture.width())
                           .arg(picture.height());
            image = true;
        } else {
            m_image->setText(
                QImageReader::supportedImageFormats().contains(format)
                    ? tr("This %1 image is damaged and cannot be shown.")
                          .arg(QString::fromLatin1(format).toUpper())
                    : tr("%1 images need Qt's image format plugins (qt6-image-formats-plugins).")
                          .arg(QString::fromLatin1(format).toUpper()));
            image = true;
        }
    } else {
        m_image->clear();
    }
    m_tabs->setTabEnabled(ImagePage, image);
    m_summary->setText(summary);

    // Binary messages open on their bytes (or picture); others on the page the user last
    // picked for them (Text, JSON or Hex) when it applies.
    if (event.kind == EventKind::Binary)
        m_tabs->setCurrentIndex(image ? ImagePage : HexPage);
    else
        m_tabs->setCurrentIndex(m_tabs->isTabEnabled(m_textPreference) ? m_textPreference
                                                                       : TextPage);
}

bool MessageDetail::buildJson(const QByteArray &payload)
{
    m_json->clear();
    m_jsonNote.clear();
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return false;
    if (payload.size() > MaxJsonTreeBytes) {
        m_jsonNote = tr("Too large for a tree (%1 bytes); see the Text page.")
                         .arg(QLocale().toString(qint64(payload.size())));
        return false;
    }
    JsonScanner scanner(payload);
    struct Open
    {
        QTreeWidgetItem *item;
        qsizetype start;
        bool array;
        int index;
    };
    std::vector<Open> stack;
    std::vector<QTreeWidgetItem *> roots;
    QString pendingKey;
    auto addItem = [&](const QString &value, const QString &type, const QString &copy) {
        auto *item = new QTreeWidgetItem;
        QString key;
        if (stack.empty()) {
            key = QStringLiteral("$");
        } else if (stack.back().array) {
            key = QStringLiteral("[%1]").arg(stack.back().index++);
        } else {
            key = pendingKey;
        }
        item->setText(0, key);
        item->setData(0, PathKeyRole,
                      stack.empty() || stack.back().array ? QVariant(key) : QVariant(pendingKey));
        item->setText(1, value);
        item->setText(2, type);
        item->setData(0, CopyValueRole, copy);
        if (stack.empty())
            roots.push_back(item);
        else
            stack.back().item->addChild(item);
        return item;
    };
    for (;;) {
        const JsonScanner::Token t = scanner.next();
        switch (t) {
        case JsonScanner::Token::Error:
            qDeleteAll(roots);
            m_jsonNote = JsonText::check(QString::fromUtf8(payload)).describe();
            return false;
        case JsonScanner::Token::End:
            for (QTreeWidgetItem *root : roots)
                m_json->addTopLevelItem(root);
            m_json->expandToDepth(1);
            m_json->resizeColumnToContents(0);
            return true;
        case JsonScanner::Token::Key:
            pendingKey = QString::fromUtf8(scanner.stringView());
            break;
        case JsonScanner::Token::ObjectStart:
        case JsonScanner::Token::ArrayStart: {
            const bool array = t == JsonScanner::Token::ArrayStart;
            QTreeWidgetItem *item =
                addItem(QString(), array ? tr("array") : tr("object"), QString());
            stack.push_back({item, scanner.offset() - 1, array, 0});
            break;
        }
        case JsonScanner::Token::ObjectEnd:
        case JsonScanner::Token::ArrayEnd: {
            const Open open = stack.back();
            stack.pop_back();
            const QString raw = QString::fromUtf8(
                QByteArrayView(payload).sliced(open.start, scanner.offset() - open.start));
            QString minified;
            JsonText::format(raw, -1, &minified);
            open.item->setData(0, CopyValueRole, minified);
            open.item->setText(1, open.array
                                      ? tr("%n item(s)", nullptr, open.item->childCount())
                                      : tr("%n member(s)", nullptr, open.item->childCount()));
            break;
        }
        case JsonScanner::Token::String: {
            const QString s = QString::fromUtf8(scanner.stringView());
            QByteArray quoted;
            JsonText::appendString(scanner.stringView(), &quoted);
            addItem(QString::fromUtf8(quoted), tr("string"), s);
            break;
        }
        case JsonScanner::Token::Number: {
            const QString n = QString::fromUtf8(scanner.numberText());
            addItem(n, tr("number"), n);
            break;
        }
        case JsonScanner::Token::True:
        case JsonScanner::Token::False: {
            const QString b =
                t == JsonScanner::Token::True ? QStringLiteral("true") : QStringLiteral("false");
            addItem(b, tr("boolean"), b);
            break;
        }
        case JsonScanner::Token::Null:
            addItem(QStringLiteral("null"), tr("null"), QStringLiteral("null"));
            break;
        }
    }
}

void MessageDetail::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_search && m_search->hasPattern()) {
        const QString text = m_text->toPlainText();
        const QByteArray utf8 = text.toUtf8();
        QTextCharFormat mark;
        mark.setBackground(QColor(0xff, 0xd5, 0x4f));
        mark.setForeground(QColor(Qt::black));
        qsizetype bytesDone = 0, charsDone = 0;
        for (const auto &[at, length] : m_search->matches(utf8, 1000)) {
            // Byte offsets to character positions, walking forward only once.
            charsDone +=
                QString::fromUtf8(QByteArrayView(utf8).sliced(bytesDone, at - bytesDone)).size();
            bytesDone = at;
            const qsizetype chars =
                QString::fromUtf8(QByteArrayView(utf8).sliced(at, length)).size();
            QTextCursor cursor(m_text->document());
            cursor.setPosition(int(charsDone));
            cursor.setPosition(int(charsDone + chars), QTextCursor::KeepAnchor);
            marks.append({cursor, mark});
        }
    }
    m_text->setExtraSelections(marks);
}

int MessageDetail::highlightCount() const
{
    return int(m_text->extraSelections().size());
}

QString MessageDetail::jsonPath(const QTreeWidgetItem *item)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    QStringList parts;
    for (; item && item->parent(); item = item->parent()) {
        const QString key = item->data(0, PathKeyRole).toString();
        if (key.startsWith(QLatin1Char('[')))
            parts.prepend(key);
        else if (plainName.match(key).hasMatch())
            parts.prepend(QLatin1Char('.') + key);
        else {
            QByteArray quoted;
            JsonText::appendString(key.toUtf8(), &quoted);
            parts.prepend(QLatin1Char('[') + QString::fromUtf8(quoted) + QLatin1Char(']'));
        }
    }
    return QLatin1Char('$') + parts.join(QString());
}

void MessageDetail::showJsonMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_json->itemAt(pos);
    if (!item)
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this, [item] {
        QApplication::clipboard()->setText(item->data(0, CopyValueRole).toString());
    });
    menu.addAction(tr("Copy JSON Path"), this,
                   [item] { QApplication::clipboard()->setText(jsonPath(item)); });
    menu.exec(m_json->viewport()->mapToGlobal(pos));
}
