#pragma once

#include "ui/backoffice/ProgramRequestDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace astro::ui {

class MessageStrip;
class ProgramRequestsModel;
class Session;

// Tracking-program requests (Managers and Admins): the store's past requests with where the
// help desk is with each, and "Request a program…" for a brand Astro does not carry.
class ProgramRequestsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramRequestsPage(Session& session, QWidget* parent = nullptr);

    // Opens the form (only for those who may request).
    void requestProgram();
    void reload();

    QTableView* requestsView() const { return m_view; }
    ProgramRequestsModel* requestsModel() const { return m_model; }
    QPushButton* requestButton() const { return m_request; }
    MessageStrip* messageStrip() const { return m_strip; }
    ProgramRequestDialog* currentDialog() const { return m_dialog; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updatePermissions();

    Session& m_session;
    QLabel* m_title;
    QLabel* m_hint;
    QPushButton* m_request;
    MessageStrip* m_strip;
    ProgramRequestsModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QPointer<ProgramRequestDialog> m_dialog;
};

} // namespace astro::ui
