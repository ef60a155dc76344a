#pragma once

#include "domain/Permissions.h"

#include <QWidget>

namespace astro::ui {

class MessageStrip;
class Session;

// A page of the back office that shows what the store holds. It reads it again when the store
// changes (a sale at the counter, a sync, another page): at once while shown, else when next
// shown; and in a new language, for the models' headers, dates and amounts. It hears who signs
// in and out.
class BackOfficePage : public QWidget
{
    Q_OBJECT

public:
    BackOfficePage(Session& session, QWidget* parent);

    // Reads the page's data again, now.
    void refresh();
    // Now if the page is shown, else when it next is: a page nobody opened reads nothing (the
    // app starts without reading a chain's history for every page).
    void refreshWhenShown();

protected:
    // What refresh() reads and shows.
    virtual void load() = 0;
    // Someone signed in or out: what the page shows or allows may differ.
    virtual void userChanged() = 0;
    // The first of a change's two steps, before any question: the engine's own check, since
    // there is no point confirming what it will refuse. False, said on `strip`, when refused.
    bool permits(Permission permission, MessageStrip* strip) const;

    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    Session& m_session;
    // The store changed while the page was hidden; true at first, so a page reads when first
    // shown and never before.
    bool m_stale = true;
};

} // namespace astro::ui
