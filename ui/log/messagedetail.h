#pragma once

#include <memory>

#include <QWidget>

#include "connection/event.h"

class DecodedView;
class QLabel;
class QListView;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;
class QToolButton;
class QTreeView;
class HexDumpModel;
class JsonTreeModel;
class LogSearch;
struct DecodedMessage;
struct LayerPacket;

/// The selected event in full: its text with line numbers, a JSON tree (copy a value or its
/// path), a hex dump formatted only where it is on screen, and a picture when a binary
/// payload is PNG, JPEG, GIF or WebP. A summary line gives sizes and the exact time. What
/// the payload is and how much of it to show is PayloadInspector's call; the tree and the
/// hex dump are core models.
class MessageDetail : public QWidget
{
    Q_OBJECT
public:
    enum Page { TextPage, JsonPage, HexPage, ImagePage, DecodedPage, LayerPage };

    explicit MessageDetail(QWidget *parent = nullptr);
    ~MessageDetail() override;

    /// With the message as the log's decoder made it (decoding: the log has a decoder); a
    /// decoded binary message opens on the Decoded page.
    void showEvent(const Event &event,
                   const std::shared_ptr<const DecodedMessage> &decoded = nullptr,
                   bool decoding = false);
    /// The event's packets at the protocol layer's level, after showEvent() (none: the Layer
    /// page is off). A message read by a layer opens on the Layer page unless the user last
    /// chose a raw page (Text, JSON, Hex) for one: the raw frame stays a click away.
    void showPackets(const QList<LayerPacket> &packets, const QString &layerTitle);
    QLabel *layerSummary() const { return m_layerSummary; }
    JsonTreeModel *layerModel() const { return m_layerModel; }
    DecodedView *decodedView() const { return m_decoded; }
    /// Matches of this search are marked in the Text page; it must outlive the pane.
    void setSearch(const LogSearch *search) { m_search = search; }
    int highlightCount() const;
    void clear();
    bool isPageAvailable(Page page) const;
    Page currentPage() const;
    void setCurrentPage(Page page);
    QString summary() const;
    QPlainTextEdit *textView() const { return m_text; }
    QTreeView *jsonTree() const { return m_json; }
    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    QListView *hexView() const { return m_hex; }
    QLabel *imageLabel() const { return m_image; }
    /// The Text page shows JSON laid out one member per line (the payload is unchanged).
    QToolButton *prettyButton() const { return m_pretty; }

private:
    void highlightMatches();
    void showPretty(bool pretty);
    void fitJsonColumns();
    void showJsonMenu(const QPoint &pos);

    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QTreeView *m_json;
    JsonTreeModel *m_jsonModel;
    QListView *m_hex;
    HexDumpModel *m_hexModel;
    QScrollArea *m_imageScroll;
    DecodedView *m_decoded;
    QLabel *m_image;
    QLabel *m_layerSummary;
    QTreeView *m_layerTree;
    JsonTreeModel *m_layerModel;
    bool m_preferLayer = true; ///< messages read by a layer open on the Layer page
    QToolButton *m_pretty;
    const LogSearch *m_search = nullptr;
    QString m_rawText; ///< the Text page as written, to go back from pretty
    bool m_isJson = false;
    int m_textPreference = TextPage; ///< the page last chosen for a non-binary event
};
