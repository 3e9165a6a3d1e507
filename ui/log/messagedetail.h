#pragma once

#include <QWidget>

#include "connection/event.h"

class QLabel;
class QListView;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class HexDumpModel;
class LogSearch;

/// The selected event in full: its text with line numbers, a JSON tree (copy a value or its
/// path), a hex dump formatted only where it is on screen, and a picture when a binary
/// payload is PNG, JPEG, GIF or WebP. A summary line gives sizes and the exact time.
class MessageDetail : public QWidget
{
    Q_OBJECT
public:
    enum Page { TextPage, JsonPage, HexPage, ImagePage };

    explicit MessageDetail(QWidget *parent = nullptr);
    ~MessageDetail() override;

    void showEvent(const Event &event);
    /// Matches of this search are marked in the Text page; it must outlive the pane.
    void setSearch(const LogSearch *search) { m_search = search; }
    int highlightCount() const;
    void clear();
    bool isPageAvailable(Page page) const;
    Page currentPage() const;
    void setCurrentPage(Page page);
    QString summary() const;
    QPlainTextEdit *textView() const { return m_text; }
    QTreeWidget *jsonTree() const { return m_json; }
    QListView *hexView() const { return m_hex; }
    QLabel *imageLabel() const { return m_image; }

    /// "$.a.b[2]" for an item of the JSON tree.
    static QString jsonPath(const QTreeWidgetItem *item);
    /// The image format a payload's first bytes announce ("png", "jpeg", "gif", "webp"), or
    /// an empty string.
    static QByteArray imageFormat(QByteArrayView payload);
    /// Payloads above this are not parsed into a tree (it would take seconds and hundreds of
    /// megabytes of items); the text and hex pages still show them.
    static constexpr qsizetype MaxJsonTreeBytes = 4 << 20;

private:
    bool buildJson(const QByteArray &payload);
    void highlightMatches();
    void showJsonMenu(const QPoint &pos);

    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QTreeWidget *m_json;
    QListView *m_hex;
    HexDumpModel *m_hexModel;
    QScrollArea *m_imageScroll;
    QLabel *m_image;
    QString m_jsonNote;
    const LogSearch *m_search = nullptr;
    int m_textPreference = TextPage; ///< the page last chosen for a non-binary event
};
