#pragma once

#include <memory>

#include <QFrame>

#include "compose/rawframerecipe.h"

namespace Ui {
class RawFramePanel;
}

/// The composer's Raw frame settings, for testing servers: opcode (any of 0–15), FIN, RSV1–3,
/// masked or not with a given or random key, the length field's width and a length that lies,
/// fragment sizes with a ping or pong between them. The payload stays in the composer's editor
/// in any of its modes. A warning line says this is a testing feature; a preview line shows
/// the frames as wsprobe-cli's --send-frame would write them. The rules are RawFrameRecipe's.
class RawFramePanel : public QFrame
{
    Q_OBJECT
public:
    explicit RawFramePanel(QWidget *parent = nullptr);
    ~RawFramePanel() override;

    /// The settings with this payload; false with *problem naming what is wrong.
    bool recipe(const OutgoingMessage &payload, RawFrameRecipe *out, QString *problem) const;
    /// Loads the settings of recipe (its payload belongs to the editor).
    void setRecipe(const RawFrameRecipe &recipe);
    /// Shows what Send would write with this payload, or what is wrong.
    void showPreview(const OutgoingMessage &payload);
    QString previewText() const;
    QString warningText() const;

signals:
    /// A setting changed.
    void changed();

private:
    /// The settings as a SPEC without the payload.
    QString settingsSpec() const;
    void updateEnabled();

    std::unique_ptr<Ui::RawFramePanel> ui;
};
