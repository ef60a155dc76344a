#include "SyncConflictsDialog.h"

#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QString shortDateTime(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SyncConflictsDialog::SyncConflictsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_icon(new QLabel(this)), m_heading(new QLabel(this)),
      m_intro(new QLabel(this)), m_showResolved(new QCheckBox(this)),
      m_model(new QStandardItemModel(this)), m_view(new QTableView(this)),
      m_error(new QLabel(this)), m_confirm(new QFrame(this)), m_confirmText(new QLabel(this)),
      m_cancelConfirm(new QPushButton(this)), m_confirmResolve(new QPushButton(this)),
      m_resolve(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncConflictsDialog"));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    Theme::setRole(m_heading, "heading");
    m_heading->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_showResolved->setObjectName(QStringLiteral("showResolvedConflicts"));

    m_view->setObjectName(QStringLiteral("syncConflictsView"));
    m_view->setModel(m_model);
    // The server's message is whole, on as many lines as it needs.
    setUpTable(m_view, 36, {.wordWrap = true, .rowsFitText = true});

    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();

    m_confirm->setObjectName(QStringLiteral("syncResolveConfirm"));
    m_confirmText->setWordWrap(true);
    m_confirmResolve->setObjectName(QStringLiteral("confirmResolveButton"));
    Theme::setRole(m_confirmResolve, "primary");
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_cancelConfirm);
    confirmButtons->addWidget(m_confirmResolve);
    auto* confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(12, 10, 12, 10);
    confirmLayout->setSpacing(8);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->hide();

    m_resolve->setObjectName(QStringLiteral("resolveConflictButton"));
    m_resolve->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_heading);
    texts->addWidget(m_intro);
    top->addLayout(texts, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showResolved);
    buttons->addStretch();
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_confirm);
    layout->addLayout(buttons);

    connect(m_showResolved, &QCheckBox::toggled, this, &SyncConflictsDialog::reload);
    connect(m_resolve, &QPushButton::clicked, this, &SyncConflictsDialog::askToResolve);
    connect(m_cancelConfirm, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_resolve->setFocus();
    });
    connect(m_confirmResolve, &QPushButton::clicked, this, &SyncConflictsDialog::resolveSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncConflictsDialog::selectionChanged);
    connect(&m_session, &Session::changed, this, [this] {
        if (!m_confirm->isVisible())
            reload();
    });
    resize(1080, 520);
    retranslate();
}

bool SyncConflictsDialog::confirming() const
{
    return !m_confirm->isHidden();
}

QString SyncConflictsDialog::confirmText() const
{
    return m_confirmText->text();
}

QString SyncConflictsDialog::errorText() const
{
    return m_error->text();
}

QString SyncConflictsDialog::headingText() const
{
    return m_heading->text();
}

const sync::SyncConflict* SyncConflictsDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 id = m_model->item(rows.first().row())->data(idRole).toLongLong();
    for (const sync::SyncConflict& c : m_conflicts)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool SyncConflictsDialog::selectConflict(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->data(idRole).toLongLong() == id) {
            m_view->selectRow(row);
            return true;
        }
    return false;
}

void SyncConflictsDialog::reload()
{
    const sync::SyncConflict* before = selected();
    const qint64 keep = before ? before->id : 0;
    m_error->hide();
    m_error->clear();
    m_confirm->hide();
    sync::ConflictLog log(m_session.store());
    auto open = log.openCount();
    auto list = log.list(!m_showResolved->isChecked());
    m_conflicts = list ? std::move(*list) : std::vector<sync::SyncConflict>();
    m_openCount = open ? *open : 0;
    if (!list || !open) {
        m_error->setText(!list ? list.error().message : open.error().message);
        m_error->show();
    }

    const bool showResolved = m_showResolved->isChecked();
    m_model->clear();
    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels(
        {tr("Date"), tr("Conflict"), tr("Customer"), tr("What the server says"), tr("Resolved")});
    for (const sync::SyncConflict& c : m_conflicts) {
        QList<QStandardItem*> row;
        row << new QStandardItem(shortDateTime(c.at));
        row << new QStandardItem(sync::ConflictLog::describeKind(c.kind));
        auto* customer = new QStandardItem(
            c.customerName.isEmpty() ? tr("Not known at this counter") : c.customerName);
        customer->setToolTip(c.customerUuid);
        row << customer;
        auto* message = new QStandardItem(c.message);
        message->setToolTip(c.message);
        row << message;
        row << new QStandardItem(c.resolved()
                                     ? tr("%1, %2").arg(c.resolvedBy, shortDateTime(c.resolvedAt))
                                     : tr("Open"));
        row.first()->setData(c.id, idRole);
        m_model->appendRow(row);
    }
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(
            column, column == MessageColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_view->setColumnHidden(ResolvedColumn, !showResolved);
    m_heading->setText(m_openCount == 0
                           ? tr("No open sync conflicts")
                           : tr("%n open sync conflict(s)", nullptr, int(m_openCount)));
    if (!keep || !selectConflict(keep))
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    selectionChanged();
}

void SyncConflictsDialog::selectionChanged()
{
    const sync::SyncConflict* c = selected();
    m_resolve->setEnabled(c && !c->resolved());
    if (confirming())
        m_confirm->hide();
}

void SyncConflictsDialog::askToResolve()
{
    const sync::SyncConflict* c = selected();
    if (!c || c->resolved())
        return;
    m_error->hide();
    const QString customer =
        c->customerName.isEmpty() ? tr("a customer not known at this counter") : c->customerName;
    m_confirmText->setText(
        tr("Mark “%1” for %2 (%3) resolved? Both changes stay as they are; "
           "your name and the time go in the audit log.")
            .arg(sync::ConflictLog::describeKind(c->kind), customer, shortDateTime(c->at)));
    m_confirm->show();
    m_confirmResolve->setFocus();
}

void SyncConflictsDialog::resolveSelected()
{
    const sync::SyncConflict* c = selected();
    if (!c)
        return;
    const qint64 id = c->id;
    if (auto s = sync::ConflictLog(m_session.store()).resolve(m_session.actor(), id); !s) {
        m_confirm->hide();
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_confirm->hide();
    // The status bar counts again, and so does this list.
    m_session.notifyChanged();
    emit resolved(id);
}

void SyncConflictsDialog::retranslate()
{
    setWindowTitle(tr("Sync conflicts"));
    m_intro->setText(tr("Changes that cannot all be true (usually two counters offline at the "
                        "same time), and what Astro refused: a purchase, a redemption or a "
                        "customer. Nothing was deleted. Look at the customer's history, set right "
                        "what needs it, then mark the conflict resolved."));
    m_showResolved->setText(tr("Show resolved conflicts too"));
    m_cancelConfirm->setText(tr("Cancel"));
    m_confirmResolve->setText(tr("Mark resolved"));
    m_resolve->setText(tr("Mark resolved…"));
    m_close->setText(tr("Close"));
    reload();
}

void SyncConflictsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
