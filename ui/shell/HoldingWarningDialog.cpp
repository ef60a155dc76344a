#include "HoldingWarningDialog.h"

#include "ui/common/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

namespace astro::ui {

HoldingWarningDialog::HoldingWarningDialog(const QString& locationName, const QStringList& programs,
                                           QWidget* parent)
    : QDialog(parent), m_locationName(locationName), m_icon(new QLabel(this)),
      m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_model(new QStringListModel(programs, this)), m_list(new QListView(this)),
      m_next(new QLabel(this)), m_ok(new QPushButton(this))
{
    setObjectName(QStringLiteral("holdingWarningDialog"));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    Theme::setRole(m_title, "heading");
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_next->setWordWrap(true);
    Theme::setRole(m_next, "hint");
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    Theme::setRole(m_ok, "primary");
    m_ok->setDefault(true);

    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    top->addLayout(texts, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_ok);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);
    resize(560, 380);
    retranslate();
}

QStringList HoldingWarningDialog::programs() const
{
    return m_model->stringList();
}

void HoldingWarningDialog::retranslate()
{
    setWindowTitle(tr("Temporary Holding"));
    m_title->setText(tr("%n program(s) in Temporary Holding at %1", nullptr, m_model->rowCount())
                         .arg(m_locationName));
    m_text->setText(tr("Punches still count, but the credits for these programs' redemptions are "
                       "held and sent to no distributor."));
    m_next->setText(tr("Choose the distributor you buy these brands from in the enrollment; "
                       "every held redemption then goes to it."));
    m_ok->setText(tr("I understand"));
}

void HoldingWarningDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
