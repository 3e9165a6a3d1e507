#pragma once

#include <memory>

#include <QWidget>

#include "connection/requestauth.h"

namespace Ui {
class AuthEditor;
}

/// The request panel's Auth tab: a Bearer token, Basic user and password, or an API key sent
/// as a header or a query parameter, and a line saying what it adds to the request (secrets
/// hidden). RequestAuth holds the rules; this shows and edits one.
class AuthEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AuthEditor(QWidget *parent = nullptr);
    ~AuthEditor() override;

    RequestAuth auth() const;
    void setAuth(const RequestAuth &auth);
    /// The type's name as the combo shows it ("Bearer token"), for the tab's title.
    QString typeName() const;

signals:
    void authChanged();

private:
    void onChanged();

    std::unique_ptr<Ui::AuthEditor> ui;
};
