#include "BackOfficeWidget.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QStyledItemDelegate>

#include <algorithm>

namespace astro::ui {

namespace {
// A page's name as wide as the list and as tall as the name wrapped in it: a long one
// ("Mise en attente (Temporary Holding)") takes two lines, never cut.
class WrappedNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize natural = QStyledItemDelegate::sizeHint(option, index);
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        if (!view)
            return natural;
        const int width = view->viewport()->width();
        const int oneLine = option.fontMetrics.height();
        // The item's padding, as the theme and the style give it around one line.
        const int padding = std::max(
            0, natural.width() - option.fontMetrics.horizontalAdvance(index.data().toString()));
        const QRect text =
            option.fontMetrics.boundingRect(QRect(0, 0, std::max(1, width - padding), 10000),
                                            Qt::TextWordWrap, index.data().toString());
        return {width, natural.height() + text.height() - oneLine};
    }
};
} // namespace

BackOfficeWidget::BackOfficeWidget(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("backOffice"));
    m_nav->setObjectName(QStringLiteral("backOfficeNav"));
    Theme::setRole(m_nav, "navigation");
    m_nav->setFixedWidth(220);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setWordWrap(true);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setItemDelegate(new WrappedNameDelegate(m_nav));

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
    // What a screen reader calls each list and field without a label of its own.
    m_nav->setAccessibleName(tr("Back-office pages"));
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
