#include "BackOfficeWidget.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace astro::ui {

BackOfficeWidget::BackOfficeWidget(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("backOffice"));
    m_nav->setObjectName(QStringLiteral("backOfficeNav"));
    Theme::setRole(m_nav, "navigation");
    m_nav->setFixedWidth(220);
    m_nav->setFrameShape(QFrame::NoFrame);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_pages.size()))
            m_stack->setCurrentWidget(m_pages[std::size_t(row)].widget);
    });
    connect(&m_session, &Session::signedIn, this, &BackOfficeWidget::updatePages);
    connect(&m_session, &Session::signedOut, this, &BackOfficeWidget::updatePages);
    retranslate();
}

void BackOfficeWidget::addPage(QWidget* page, Permission required)
{
    m_pages.push_back({page, required});
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->windowTitle(), m_nav);
    item->setData(Qt::UserRole, page->objectName());
    page->installEventFilter(this);
    updatePages();
}

bool BackOfficeWidget::showPage(QWidget* page)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i].widget == page) {
            if (m_nav->item(int(i))->isHidden())
                return false;
            m_nav->setCurrentRow(int(i));
            return true;
        }
    return false;
}

QWidget* BackOfficeWidget::currentPage() const
{
    return m_stack->currentWidget();
}

QList<QWidget*> BackOfficeWidget::availablePages() const
{
    QList<QWidget*> out;
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (!m_nav->item(int(i))->isHidden())
            out << m_pages[i].widget;
    return out;
}

void BackOfficeWidget::updatePages()
{
    int firstAllowed = -1;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const bool allowed = m_session.allows(m_pages[i].required);
        m_nav->item(int(i))->setHidden(!allowed);
        if (allowed && firstAllowed < 0)
            firstAllowed = int(i);
    }
    const int current = m_nav->currentRow();
    if (current < 0 || m_nav->item(current)->isHidden())
        m_nav->setCurrentRow(firstAllowed);
}

void BackOfficeWidget::retranslate()
{
    setWindowTitle(tr("Back office"));
}

void BackOfficeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool BackOfficeWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::WindowTitleChange)
        for (std::size_t i = 0; i < m_pages.size(); ++i)
            if (m_pages[i].widget == watched)
                m_nav->item(int(i))->setText(m_pages[i].widget->windowTitle());
    return QWidget::eventFilter(watched, event);
}

} // namespace astro::ui
