#include "CreditsPage.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/backoffice/CreditFilterBar.h"
#include "ui/backoffice/CreditLinesModel.h"
#include "ui/backoffice/CreditResubmitDialog.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/ReadingLook.h"
#include "ui/common/RedemptionLook.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"
#include "ui/shell/SplitterMemory.h"

#include "credits/CreditService.h"
#include "store/Store.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>
#include <utility>

namespace astro::ui {

namespace {

const QString holdingPageName = QStringLiteral("holdingPage");

// "Distributor DST-ON" when every line goes to the same one; empty otherwise.
QString commonCreditor(const CreditLinesModel& model, const std::vector<Redemption>& lines)
{
    std::set<QString> names;
    for (const Redemption& r : lines)
        names.insert(model.creditorOf(r));
    return names.size() == 1 ? *names.begin() : QString();
}

Money totalOf(const std::vector<Redemption>& lines)
{
    Money total;
    for (const Redemption& r : lines)
        total = total + r.cost;
    return total;
}

} // namespace

CreditsPage::CreditsPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session),
      m_reader(new BackgroundReader(session.store().db().path(), session.store().clock(), this)),
      m_title(new QLabel(this)), m_hint(new QLabel(this)), m_roleHint(new QLabel(this)),
      m_filters(new CreditFilterBar(session.store(), this)), m_strip(new MessageStrip(this)),
      m_groups(new CreditGroupsModel(this)), m_groupsView(new QTreeView(this)),
      m_linesHeading(new QLabel(this)), m_lines(new CreditLinesModel(session.store(), this)),
      m_linesView(new QTableView(this)), m_notice(new QFrame(this)),
      m_noticeTitle(new QLabel(this)), m_noticeText(new QLabel(this)),
      m_resubmit(new QPushButton(this)), m_openHolding(new QPushButton(this)),
      m_markCredited(new QPushButton(this)), m_markDeclined(new QPushButton(this)),
      m_reconcile(new QPushButton(this))
{
    setObjectName(QStringLiteral("creditsPage"));
    Theme::setRole(m_title, "heading");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_roleHint, "hint");
    m_roleHint->setWordWrap(true);
    Theme::setRole(m_linesHeading, "heading");
    m_linesHeading->setWordWrap(true);

    m_groupsView->setObjectName(QStringLiteral("creditGroupsView"));
    m_groupsView->setModel(m_groups);
    m_groupsView->setUniformRowHeights(true);
    m_groupsView->setAlternatingRowColors(true);
    m_groupsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupsView->setExpandsOnDoubleClick(false);
    QHeaderView* groupsHeader = m_groupsView->header();
    groupsHeader->setStretchLastSection(false);
    groupsHeader->setHighlightSections(false);
    for (int c = 0; c < CreditGroupsModel::ColumnCount; ++c)
        groupsHeader->setSectionResizeMode(c, c == CreditGroupsModel::NameColumn
                                                  ? QHeaderView::Stretch
                                                  : QHeaderView::ResizeToContents);

    m_linesView->setObjectName(QStringLiteral("creditLinesView"));
    m_linesView->setModel(m_lines);
    // Reconciling a credit memo is many lines at once.
    setUpTable(m_linesView, 44,
               {.selectionMode = QAbstractItemView::ExtendedSelection, .alternatingRows = true});
    // Each cell's second line says more: the location under the customer, the card under the
    // item, the account number under the distributor, the reason under the status. Account
    // and location have columns of their own in the model, not shown twice here.
    auto* twoLines = new TwoLineItemDelegate(CreditLinesModel::SecondLineRole, this);
    for (int column : {CreditLinesModel::CustomerColumn, CreditLinesModel::ItemColumn,
                       CreditLinesModel::DistributorColumn, CreditLinesModel::StatusColumn})
        m_linesView->setItemDelegateForColumn(column, twoLines);
    for (int column : {CreditLinesModel::AccountColumn, CreditLinesModel::LocationColumn})
        m_linesView->setColumnHidden(column, true);
    QHeaderView* linesHeader = m_linesView->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < CreditLinesModel::ColumnCount; ++c)
        linesHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    linesHeader->setSectionResizeMode(CreditLinesModel::ItemColumn, QHeaderView::Stretch);
    // Two-line cells elide: they get room enough to read.
    for (auto [column, width] : {std::pair{CreditLinesModel::CustomerColumn, 13},
                                 {CreditLinesModel::DistributorColumn, 14},
                                 {CreditLinesModel::StatusColumn, 15}}) {
        linesHeader->setSectionResizeMode(column, QHeaderView::Interactive);
        linesHeader->resizeSection(column, width * em);
    }

    // What a declined or held line needs: said where the user looks, with the way out.
    m_notice->setObjectName(QStringLiteral("creditNotice"));
    Theme::setRole(m_notice, "card");
    m_noticeTitle->setObjectName(QStringLiteral("creditNoticeTitle"));
    m_noticeText->setObjectName(QStringLiteral("creditNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_resubmit->setObjectName(QStringLiteral("creditResubmitButton"));
    Theme::setRole(m_resubmit, "primary");
    m_openHolding->setObjectName(QStringLiteral("creditOpenHoldingButton"));
    auto* noticeText = new QVBoxLayout;
    noticeText->setSpacing(2);
    noticeText->addWidget(m_noticeTitle);
    noticeText->addWidget(m_noticeText);
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(12, 8, 12, 8);
    noticeLayout->addLayout(noticeText, 1);
    noticeLayout->addWidget(m_resubmit, 0, Qt::AlignVCenter);
    noticeLayout->addWidget(m_openHolding, 0, Qt::AlignVCenter);

    m_markCredited->setObjectName(QStringLiteral("creditMarkCreditedButton"));
    m_markDeclined->setObjectName(QStringLiteral("creditMarkDeclinedButton"));
    m_reconcile->setObjectName(QStringLiteral("creditReconcileButton"));
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_markCredited);
    actions->addWidget(m_markDeclined);
    actions->addStretch(1);
    actions->addWidget(m_reconcile);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    bottomLayout->setSpacing(6);
    bottomLayout->addWidget(m_linesHeading);
    bottomLayout->addWidget(m_linesView, 1);
    bottomLayout->addWidget(m_notice);
    bottomLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    SplitterMemory::keep(splitter, QStringLiteral("credits"));
    splitter->addWidget(m_groupsView);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_filters);
    layout->addWidget(m_strip);
    layout->addWidget(splitter, 1);

    // A year of a chain's credits takes a while to add up: the page says so meanwhile.
    ReadingLook::showOn(m_reader, {m_groupsView, m_linesView});
    connect(m_reader, &BackgroundReader::busyChanged, this, &CreditsPage::retranslate);
    connect(m_filters, &CreditFilterBar::changed, this, &CreditsPage::refresh);
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreditsPage::showLines);
    connect(m_linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreditsPage::updateActions);
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreditsPage::updateActions);
    connect(m_linesView, &QTableView::doubleClicked, this, [this] {
        if (const Redemption* r = currentLine(); r && r->creditStatus == CreditStatus::Declined)
            fixAndResubmit();
    });
    connect(m_markCredited, &QPushButton::clicked, this, &CreditsPage::markCredited);
    connect(m_markDeclined, &QPushButton::clicked, this, &CreditsPage::markDeclined);
    connect(m_reconcile, &QPushButton::clicked, this, &CreditsPage::markReconciled);
    connect(m_resubmit, &QPushButton::clicked, this, &CreditsPage::fixAndResubmit);
    connect(m_openHolding, &QPushButton::clicked, this, &CreditsPage::openHoldingPage);

    if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    retranslate();
}

CreditResubmitDialog* CreditsPage::currentResubmitDialog() const
{
    // A closed dialog lingers until deleted: only an open one counts.
    auto* dialog = qobject_cast<CreditResubmitDialog*>(m_dialog.data());
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void CreditsPage::load()
{
    m_filters->setToday(m_session.store().now().toLocalTime().date());
    const CreditQuery query = m_filters->query();
    m_reader->read<std::vector<CreditGroup>>(
        [query](Store& store) { return CreditQueries(store.db()).groups(query); },
        [this, query](Result<std::vector<CreditGroup>> groups) {
            showGroups(query, std::move(groups));
        });
}

bool CreditsPage::isReading() const
{
    return m_reader->busy();
}

void CreditsPage::showGroups(const CreditQuery& query, Result<std::vector<CreditGroup>> groups)
{
    // The group chosen before, or meanwhile, or all credits when it is gone.
    const CreditGroupsModel::Key keep =
        m_groups->keyAt(m_groupsView->selectionModel()->currentIndex());
    if (const QString problem = m_groups->setGroups(query, std::move(groups)); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    m_groupsView->expandAll();
    if (!selectGroup(keep))
        selectGroup({});
    if (!m_linesToSelect.isEmpty())
        selectLines(std::exchange(m_linesToSelect, {}));
}

bool CreditsPage::selectGroup(const CreditGroupsModel::Key& key)
{
    const QModelIndex index = m_groups->indexOf(key);
    if (!index.isValid())
        return false;
    // Setting the same current row again emits nothing: show its lines anyway.
    const bool same = m_groupsView->selectionModel()->currentIndex() == index;
    m_groupsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    if (same)
        showLines();
    return true;
}

int CreditsPage::selectLines(const QList<qint64>& redemptionIds)
{
    QItemSelection selection;
    int found = 0;
    int first = -1;
    for (qint64 id : redemptionIds) {
        const int row = m_lines->rowOf(id);
        if (row < 0)
            continue;
        ++found;
        if (first < 0)
            first = row;
        selection.select(m_lines->index(row, 0),
                         m_lines->index(row, CreditLinesModel::ColumnCount - 1));
    }
    QItemSelectionModel* model = m_linesView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0)
        model->setCurrentIndex(m_lines->index(first, 0), QItemSelectionModel::NoUpdate);
    updateActions();
    return found;
}

void CreditsPage::showLines()
{
    const QModelIndex group = m_groupsView->selectionModel()->currentIndex();
    if (const QString problem = m_lines->load(m_groups->queryFor(group)); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    retranslate();
    updateActions();
}

const Redemption* CreditsPage::currentLine() const
{
    const QModelIndex current = m_linesView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_linesView->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return &m_lines->redemptionAt(current.row());
}

std::vector<Redemption> CreditsPage::selectedLines() const
{
    std::vector<Redemption> out;
    QModelIndexList rows = m_linesView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows)
        out.push_back(m_lines->redemptionAt(row.row()));
    return out;
}

std::vector<Redemption> CreditsPage::selectedIn(std::initializer_list<CreditStatus> states) const
{
    std::vector<Redemption> out;
    for (const Redemption& r : selectedLines())
        if (std::find(states.begin(), states.end(), r.creditStatus) != states.end())
            out.push_back(r);
    return out;
}

void CreditsPage::updateActions()
{
    const bool manage = m_session.allows(Permission::ManageCredits);
    m_markCredited->setEnabled(manage && !selectedIn({CreditStatus::Uncredited}).empty());
    m_markDeclined->setEnabled(
        manage && !selectedIn({CreditStatus::Uncredited, CreditStatus::Credited}).empty());
    m_reconcile->setEnabled(manage && !selectedIn({CreditStatus::Credited}).empty());
    m_roleHint->setVisible(!manage);
    updateNotice();
}

void CreditsPage::updateNotice()
{
    const Redemption* r = currentLine();
    const bool declined = r && r->creditStatus == CreditStatus::Declined;
    const bool held = r && r->creditStatus == CreditStatus::Held;
    m_notice->setVisible(declined || held);
    m_resubmit->setVisible(declined);
    m_resubmit->setEnabled(declined && m_session.allows(Permission::ManageCredits));
    m_openHolding->setVisible(held && holdingPage());
    if (declined) {
        Theme::setRole(m_noticeTitle, "error");
        m_noticeTitle->setText(tr("Declined by %1").arg(m_lines->creditorOf(*r)));
        m_noticeText->setText(
            r->declineReason.isEmpty()
                ? tr("No reason was given. Check the credit with the distributor.")
                : r->declineReason);
    } else if (held) {
        Theme::setRole(m_noticeTitle, "warning");
        m_noticeTitle->setText(tr("Held in Temporary Holding"));
        m_noticeText->setText(tr("This credit is sent to no distributor yet. Choose the "
                                 "distributor for “%1” at %2 on the Temporary Holding page: its "
                                 "held credits then go to it.")
                                  .arg(r->programTitle, m_lines->locationName(r->locationId)));
    }
}

void CreditsPage::apply(const std::vector<Redemption>& lines,
                        const std::function<Status(const Actor&, qint64)>& change,
                        const std::function<QString(int changed)>& done)
{
    // One engine call per credit, each in its own transaction: a refusal (the credit changed
    // meanwhile on another counter) leaves the others done and is said.
    int changed = 0;
    QString refusal;
    for (const Redemption& r : lines) {
        const Status s = change(m_session.actor(), r.id);
        if (s)
            ++changed;
        else if (refusal.isEmpty())
            refusal =
                tr("%1 (%2): %3").arg(RedemptionLook::item(r), r.customerName, s.error().message);
    }
    if (changed > 0)
        m_session.notifyChanged();
    refresh();
    // The changed lines read again at once: none is acted on twice while the groups are read.
    showLines();
    if (!refusal.isEmpty()) {
        const int refused = int(lines.size()) - changed;
        m_strip->showMessage(MessageStrip::Kind::Error,
                             tr("%n credit(s) could not be changed.", nullptr, refused) +
                                 QLatin1Char(' ') + refusal +
                                 (changed > 0 ? QLatin1Char(' ') + done(changed) : QString()));
        return;
    }
    m_strip->showMessage(MessageStrip::Kind::Success, done(changed));
}

void CreditsPage::markCredited()
{
    if (!allowed())
        return;
    const std::vector<Redemption> lines = selectedIn({CreditStatus::Uncredited});
    if (lines.empty())
        return;
    const QString creditor = commonCreditor(*m_lines, lines);
    QString question =
        tr("Mark %n uncredited credit(s) as credited (%1)?", nullptr, int(lines.size()))
            .arg(totalOf(lines).format(QLocale()));
    question +=
        QLatin1Char(' ') +
        (creditor.isEmpty() ? tr("Do it once the store has been credited for them.")
                            : tr("Do it once %1 has credited the store for them.").arg(creditor));
    if (!ConfirmDialog::ask(this, QStringLiteral("creditConfirmation"), tr("Mark credited"),
                            question))
        return;
    apply(
        lines,
        [this](const Actor& a, qint64 id) {
            return m_session.store().credits().markCredited(a, id);
        },
        [](int n) { return tr("%n credit(s) marked credited.", nullptr, n); });
}

void CreditsPage::markDeclined()
{
    if (!allowed())
        return;
    const std::vector<Redemption> lines =
        selectedIn({CreditStatus::Uncredited, CreditStatus::Credited});
    if (lines.empty())
        return;
    // The reason is the confirmation: without one, nothing changes.
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("creditDeclineDialog"));
    dialog.setWindowTitle(tr("Mark declined"));
    dialog.setLabelText(tr("Why did %1 decline %n credit(s) (%2)? The reason shows on the "
                           "credits until they are fixed and resubmitted.",
                           nullptr, int(lines.size()))
                            .arg(commonCreditor(*m_lines, lines).isEmpty()
                                     ? tr("the distributor")
                                     : commonCreditor(*m_lines, lines),
                                 totalOf(lines).format(QLocale())));
    dialog.setTextValue(tr("Incorrect account number"));
    dialog.setOkButtonText(tr("Mark declined"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.textValue().trimmed();
    if (reason.isEmpty()) {
        m_strip->showMessage(MessageStrip::Kind::Error,
                             tr("Give the reason the credit was declined."));
        return;
    }
    apply(
        lines,
        [this, reason](const Actor& a, qint64 id) {
            return m_session.store().credits().markDeclined(a, id, reason);
        },
        [](int n) { return tr("%n credit(s) marked declined.", nullptr, n); });
}

void CreditsPage::markReconciled()
{
    if (!allowed())
        return;
    const std::vector<Redemption> lines = selectedIn({CreditStatus::Credited});
    if (lines.empty())
        return;
    const QString creditor = commonCreditor(*m_lines, lines);
    QString question =
        tr("Mark %n credited credit(s) as reconciled (%1)?", nullptr, int(lines.size()))
            .arg(totalOf(lines).format(QLocale()));
    question +=
        QLatin1Char(' ') +
        (creditor.isEmpty()
             ? tr("Do it once you have checked them against the credit memos.")
             : tr("Do it once you have checked them against %1's credit memo.").arg(creditor));
    const int skipped = int(selectedLines().size() - lines.size());
    if (skipped > 0)
        question += QLatin1Char(' ') +
                    tr("%n other selected credit(s) are not credited and stay as they are.",
                       nullptr, skipped);
    if (!ConfirmDialog::ask(this, QStringLiteral("creditConfirmation"), tr("Mark reconciled"),
                            question))
        return;
    apply(
        lines,
        [this](const Actor& a, qint64 id) {
            return m_session.store().credits().markReconciled(a, id);
        },
        [](int n) { return tr("%n credit(s) marked reconciled.", nullptr, n); });
}

void CreditsPage::fixAndResubmit()
{
    if (!allowed())
        return;
    const Redemption* r = currentLine();
    if (!r || r->creditStatus != CreditStatus::Declined)
        return;
    auto* dialog = CreditResubmitDialog::create(m_session, r->id, m_strip, this);
    if (!dialog)
        return;
    connect(dialog, &CreditResubmitDialog::resubmitted, this,
            [this](qint64 id, const QString& message) {
                m_linesToSelect = {id};
                refresh();
                m_strip->showMessage(MessageStrip::Kind::Success, message);
            });
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_strip->clear();
    dialog->open();
}

QWidget* CreditsPage::holdingPage() const
{
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* backOffice = qobject_cast<BackOfficeWidget*>(w)) {
            for (QWidget* page : backOffice->availablePages())
                if (page->objectName() == holdingPageName)
                    return page;
            return nullptr;
        }
    return nullptr;
}

void CreditsPage::openHoldingPage()
{
    QWidget* page = holdingPage();
    for (QWidget* w = parentWidget(); page && w; w = w->parentWidget())
        if (auto* backOffice = qobject_cast<BackOfficeWidget*>(w)) {
            backOffice->showPage(page);
            return;
        }
}

void CreditsPage::retranslate()
{
    setWindowTitle(tr("Distributor credits"));
    m_title->setText(tr("Distributor free goods credits"));
    m_hint->setText(tr("Free goods credited by distributors, or by the manufacturer for direct "
                       "programs. A credit is uncredited until the distributor credits the "
                       "store, then reconciled against the credit memo; a declined credit is "
                       "fixed and resubmitted."));
    m_roleHint->setText(tr("Only a Manager or an Admin can mark credits or resubmit them."));
    m_resubmit->setText(tr("Fix and resubmit…"));
    m_openHolding->setText(tr("Open Temporary Holding"));
    m_markCredited->setText(tr("Mark credited…"));
    m_markDeclined->setText(tr("Mark declined…"));
    m_reconcile->setText(tr("Mark reconciled…"));
    // What a screen reader calls each list and field without a label of its own.
    m_groupsView->setAccessibleName(tr("Credits by distributor and manufacturer"));
    m_linesView->setAccessibleName(tr("Credits of the selected group"));
    const QModelIndex group = m_groupsView->selectionModel()->currentIndex();
    const CreditCounts counts = m_groups->countsAt(group);
    const QString total = m_groups->totalAt(group).format(QLocale());
    if (isReading()) {
        m_linesHeading->setText(ReadingLook::text());
    } else if (!group.isValid() || m_groups->keyAt(group).all) {
        m_linesHeading->setText(
            tr("All credits: %n redemption(s), %1", nullptr, counts.all()).arg(total));
    } else {
        const QModelIndex parent = group.parent();
        const QString name = group.siblingAtColumn(CreditGroupsModel::NameColumn).data().toString();
        m_linesHeading->setText(
            parent.isValid()
                ? tr("%1 · %2: %n redemption(s), %3", nullptr, counts.all())
                      .arg(parent.data().toString(), name, total)
                : tr("%1: %n redemption(s), %2", nullptr, counts.all()).arg(name, total));
    }
    updateNotice();
}

} // namespace astro::ui
