#pragma once

#include "domain/Permissions.h"

#include <QWidget>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace astro::ui {

class Session;

// The back office for Managers and Admins: a list of pages on the left (batches, credits,
// enrollment, programs, reports, users...), the chosen page on the right. Each page shows only to
// the roles its permission allows; the list follows the signed-in user and the language.
class BackOfficeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BackOfficeWidget(Session& session, QWidget* parent = nullptr);

    // The page's windowTitle() names it in the list.
    void addPage(QWidget* page, Permission required);
    // Shows the page if the signed-in user may see it; false otherwise.
    bool showPage(QWidget* page);
    QWidget* currentPage() const;
    // The pages the signed-in user may open, in order.
    QList<QWidget*> availablePages() const;
    QListWidget* navigation() const { return m_nav; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updatePages();

    struct Page
    {
        QWidget* widget;
        Permission required;
    };
    Session& m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    std::vector<Page> m_pages;
};

} // namespace astro::ui
