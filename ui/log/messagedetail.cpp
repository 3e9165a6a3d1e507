#include "log/messagedetail.h"

#include <QApplication>
#include <QCborArray>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "decode/decodepipeline.h"
#include "json/jsontext.h"
#include "json/jsontreemodel.h"
#include "log/decodedview.h"
#include "log/hexdumpmodel.h"
#include "log/linenumberedit.h"
#include "log/logsearch.h"
#include "log/payloadinspector.h"
#include "log/scrollingpage.h"
#include "protocol/frame/rawframe.h"
#include "protocols/protocollayer.h"

MessageDetail::MessageDetail(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new LineNumberEdit(this))
    , m_json(new QTreeView(this))
    , m_jsonModel(new JsonTreeModel(this))
    , m_hex(new QListView(this))
    , m_hexModel(new HexDumpModel(this))
    , m_imageScroll(new QScrollArea(this))
    , m_decoded(new DecodedView(this))
    , m_image(new QLabel(this))
    , m_layerSummary(new QLabel(this))
    , m_layerTree(new QTreeView(this))
    , m_layerModel(new JsonTreeModel(this))
    , m_pretty(new QToolButton(this))
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
    m_json->setModel(m_jsonModel);
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
    m_decoded->setObjectName(QStringLiteral("detailDecoded"));
    // In a scroll area: the page's rows must not raise the pane's (and the window's)
    // minimum size; the wheel over its decoder list scrolls rather than picking another.
    m_tabs->addTab(scrollingPage(m_decoded, this), tr("Decoded"));
    m_tabs->setTabToolTip(DecodedPage, tr("The message through the log's decoder pipeline: "
                                          "base64, zlib, MessagePack, CBOR, Protocol Buffers…"));
    auto *layerPage = new QWidget(this);
    auto *layerLayout = new QVBoxLayout(layerPage);
    layerLayout->setContentsMargins(0, 0, 0, 0);
    m_layerSummary->setObjectName(QStringLiteral("detailLayerSummary"));
    m_layerSummary->setWordWrap(true);
    m_layerSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layerSummary->setAccessibleName(tr("Packets at the protocol layer"));
    m_layerTree->setObjectName(QStringLiteral("detailLayer"));
    m_layerTree->setModel(m_layerModel);
    m_layerTree->setUniformRowHeights(true);
    m_layerTree->setAccessibleName(tr("Packets as a JSON tree"));
    m_layerTree->header()->setStretchLastSection(true);
    layerLayout->addWidget(m_layerSummary);
    layerLayout->addWidget(m_layerTree, 1);
    m_tabs->addTab(layerPage, tr("Layer"));
    m_tabs->setTabToolTip(LayerPage,
                          tr("The message as the protocol layer reads it: its packets, replies "
                             "paired with their requests, attachments put back in place"));
    connect(m_tabs->tabBar(), &QTabBar::tabBarClicked, this, [this](int index) {
        if (index != ImagePage && index != LayerPage)
            m_textPreference = index;
        if (m_tabs->isTabEnabled(LayerPage))
            m_preferLayer = index == LayerPage;
    });
    m_pretty->setObjectName(QStringLiteral("prettyToggle"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setCheckable(true);
    m_pretty->setAutoRaise(true);
    m_pretty->setToolTip(tr("Show JSON one member per line on the Text page"));
    m_tabs->setCornerWidget(m_pretty, Qt::TopRightCorner);
    connect(m_pretty, &QToolButton::toggled, this, &MessageDetail::showPretty);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_pretty->setVisible(index == TextPage);
        if (index == JsonPage)
            fitJsonColumns(); // fitted while hidden, the key had no width to go by
    });
    // The value takes what the key and the type leave: with the last section (the type)
    // stretched instead, values were cut at 80 px beside a wide empty type column.
    m_json->header()->setStretchLastSection(false);
    m_json->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_json->header()->setSectionResizeMode(JsonTreeModel::TypeColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_json, &QTreeView::expanded, this, &MessageDetail::fitJsonColumns);
    connect(m_json, &QTreeView::collapsed, this, &MessageDetail::fitJsonColumns);
    clear();
}

MessageDetail::~MessageDetail() = default;

void MessageDetail::clear()
{
    m_summary->setText(tr("Select an event to see it in full."));
    m_text->clear();
    m_rawText.clear();
    m_isJson = false;
    m_pretty->setEnabled(false);
    m_jsonModel->clear();
    m_hexModel->setPayload({});
    m_image->clear();
    m_decoded->showDecoded(nullptr, false);
    m_layerSummary->clear();
    m_layerModel->clear();
    // The Decoded page stays reachable: the decoder is chosen there.
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, i == DecodedPage);
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

void MessageDetail::showEvent(const Event &event,
                              const std::shared_ptr<const DecodedMessage> &decoded, bool decoding)
{
    const QLocale locale;
    const QByteArray &payload = event.payload;
    QString summary = PayloadInspector::summary(event);
    m_tabs->setTabEnabled(LayerPage, false); // until showPackets() gives it packets

    // Text: binary payloads are shown as text only when they are printable UTF-8.
    const bool isText = event.kind != EventKind::Binary || PayloadInspector::looksLikeText(payload);
    if (event.kind == EventKind::Handshake && event.handshake) {
        m_text->setPlainText(EventNames::handshakeText(*event.handshake, true)
                             + QStringLiteral("\n\n")
                             + EventNames::handshakeText(*event.handshake, false));
    } else if (event.kind == EventKind::Frame) {
        m_text->setPlainText(EventNames::describeFrame(event.frame));
    } else if (!isText) {
        m_text->setPlainText(tr("(binary payload: see the Hex page)"));
    } else if (const qsizetype window = PayloadInspector::textWindow(payload);
               payload.size() > window) {
        m_text->setPlainText(
            QString::fromUtf8(QByteArrayView(payload).first(window))
            + tr("\n\n… the first %1 bytes of %2 are shown; the Hex page and Copy Payloads "
                 "have all of it.")
                  .arg(locale.toString(window), locale.toString(qint64(payload.size()))));
    } else {
        m_text->setPlainText(QString::fromUtf8(payload));
    }

    const bool json = event.isMessage() && isText && m_jsonModel->setPayload(payload);
    if (json) {
        m_json->expandToDepth(1);
        fitJsonColumns();
    } else if (!event.isMessage() || !isText) {
        m_jsonModel->clear();
    }
    m_rawText = m_text->toPlainText();
    // Pretty applies to a whole document only: a cut-off text window is no JSON.
    m_isJson = json && payload.size() <= PayloadInspector::textWindow(payload);
    m_pretty->setEnabled(m_isJson);
    showPretty(m_pretty->isChecked());
    m_tabs->setTabEnabled(JsonPage, json);
    m_tabs->setTabToolTip(JsonPage, m_jsonModel->note());

    // A frame's Hex page shows its bytes as they crossed the wire: the header, then the
    // payload (masked when it was) as far as the log kept it.
    m_hexModel->setPayload(event.kind == EventKind::Frame ? RawFrame::fromInfo(event.frame).encode()
                                                          : payload);
    m_tabs->setTabEnabled(HexPage, !payload.isEmpty() || event.kind == EventKind::Frame);

    const QByteArray format =
        event.kind == EventKind::Binary ? PayloadInspector::imageFormat(payload) : QByteArray();
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
    m_decoded->showDecoded(decoded, decoding);

    // Binary messages open on their picture, decoded value or bytes; others on the page the
    // user last picked for them (Text, JSON, Hex or Decoded) when it applies.
    if (event.kind == EventKind::Binary)
        m_tabs->setCurrentIndex(image ? ImagePage : decoded && decoded->ok ? DecodedPage : HexPage);
    else
        m_tabs->setCurrentIndex(m_tabs->isTabEnabled(m_textPreference) ? m_textPreference
                                                                       : TextPage);
}

void MessageDetail::showPackets(const QList<LayerPacket> &packets, const QString &layerTitle)
{
    m_tabs->setTabEnabled(LayerPage, !packets.isEmpty());
    if (packets.isEmpty()) {
        m_layerSummary->clear();
        m_layerModel->clear();
        if (m_tabs->currentIndex() == LayerPage)
            m_tabs->setCurrentIndex(TextPage);
        return;
    }
    QStringList lines;
    QCborArray all;
    for (const LayerPacket &p : packets) {
        lines << (p.ok() ? p.summary : tr("%1: malformed: %2").arg(p.type, p.error));
        QCborMap m = p.toCbor();
        m.insert(QStringLiteral("summary"), p.summary);
        all.append(m);
    }
    m_layerSummary->setText(tr("%1, %n packet(s):", nullptr, int(packets.size())).arg(layerTitle)
                            + u'\n' + lines.join(u'\n'));
    m_layerModel->setPayload(QJsonDocument(all.toJsonArray()).toJson(QJsonDocument::Compact));
    m_layerTree->expandToDepth(1);
    if (m_preferLayer)
        m_tabs->setCurrentIndex(LayerPage);
}

void MessageDetail::showPretty(bool pretty)
{
    QString text = m_rawText;
    if (pretty && m_isJson)
        JsonText::format(m_rawText, 2, &text);
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
    highlightMatches();
}

void MessageDetail::fitJsonColumns()
{
    // Keys as wide as they are, but no wider than half the pane; types fit themselves and the
    // values take the rest.
    m_json->resizeColumnToContents(JsonTreeModel::KeyColumn);
    if (m_json->isVisible())
        m_json->setColumnWidth(JsonTreeModel::KeyColumn,
                               std::min(m_json->columnWidth(JsonTreeModel::KeyColumn),
                                        std::max(80, m_json->viewport()->width() / 2)));
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

void MessageDetail::showJsonMenu(const QPoint &pos)
{
    const QModelIndex index = m_json->indexAt(pos);
    if (!index.isValid())
        return;
    const QString value = index.data(JsonTreeModel::CopyValueRole).toString();
    const QString path = index.data(JsonTreeModel::PathRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this, [value] { QApplication::clipboard()->setText(value); });
    menu.addAction(tr("Copy JSON Path"), this,
                   [path] { QApplication::clipboard()->setText(path); });
    menu.exec(m_json->viewport()->mapToGlobal(pos));
}
