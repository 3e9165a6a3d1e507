#pragma once

#include <memory>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeView;
class JsonTreeModel;
struct DecodedMessage;

/// The detail pane's Decoded page: the log's decoder pipeline (typed as a SPEC, picked from
/// common ones, or a .proto file chosen), what it made of the selected message as indented
/// text and as a tree, or which step failed at which byte. Decoding is the core's
/// (DecodePipeline); this only shows and forwards.
class DecodedView : public QWidget
{
    Q_OBJECT
public:
    explicit DecodedView(QWidget *parent = nullptr);
    ~DecodedView() override;

    /// The pipeline in force, shown in the box.
    void setSpec(const QString &spec);
    QString spec() const;
    /// The pipeline typed could not be set: why, next to the box.
    void showSpecError(const QString &error);
    /// null: no decoder, or not a message.
    void showDecoded(const std::shared_ptr<const DecodedMessage> &decoded, bool active);
    void clear();

    /// Whether the composer's JSON is sent encoded by the pipeline.
    void setEncodeChecked(bool on);
    QCheckBox *encodeBox() const { return m_encode; }
    QComboBox *specBox() const { return m_spec; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *textView() const { return m_text; }
    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_model; }

signals:
    /// The user asks for this pipeline ("" for none).
    void specRequested(const QString &spec);
    void encodeToggled(bool on);

private:
    void chooseProto();

    QComboBox *m_spec;
    QToolButton *m_proto;
    QCheckBox *m_encode;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QTreeView *m_tree;
    JsonTreeModel *m_model;
};
