#include "CustomerCardsModel.h"

#include "ColumnFitter.h"

#include "store/Store.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/ProgressBarDelegate.h"
#include "ui/common/TableSetup.h"
#include "ui/common/TwoLineItemDelegate.h"

#include <QLocale>
#include <QTableView>

namespace astro::ui {

CustomerCardsModel::CustomerCardsModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

void CustomerCardsModel::attachTo(QTableView* view)
{
    view->setModel(this);
    view->setItemDelegateForColumn(ProgressColumn,
                                   new ProgressBarDelegate(ProgressRole, BuyRole, view));
    view->setItemDelegateForColumn(RewardColumn, new BadgeDelegate(view));
    // The card's title first, its program on a second line: both fit without cutting.
    auto* titles = new TwoLineItemDelegate(ProgramRole, view);
    // A long title wraps rather than shrinking to its first word on a narrow screen.
    titles->setTitleWraps(true);
    view->setItemDelegateForColumn(CardColumn, titles);
    view->setColumnHidden(ProgramColumn, true);
    // The title keeps room for its first words on a 1024-pixel screen, in French too.
    new ColumnFitter(view, CardColumn, 200);
}

QString CustomerCardsModel::load(qint64 customerId)
{
    QString error;
    beginResetModel();
    m_customerId = customerId;
    m_rows.clear();
    m_confirmed.clear();
    if (customerId != 0) {
        auto cards = m_store.cards().cardsOf(customerId);
        if (cards)
            m_rows = std::move(cards).value();
        else
            error = cards.error().message;
        if (auto confirmed = sync::CardConfirmations(m_store).of(customerId); confirmed)
            m_confirmed = std::move(confirmed).value();
    }
    endResetModel();
    return error;
}

int CustomerCardsModel::rowOfCard(const QString& cardId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].card.id == cardId)
            return int(i);
    return -1;
}

int CustomerCardsModel::rewardUnits(const CardView& card)
{
    int units = 0;
    for (const Reward& r : card.openRewards)
        units += r.unitsLeft();
    return units;
}

int CustomerCardsModel::firstRewardRow() const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (rewardUnits(m_rows[i]) > 0)
            return int(i);
    return -1;
}

int CustomerCardsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerCardsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerCardsModel::expiryText(const CardView& card) const
{
    QStringList parts;
    if (card.expiredUnits > 0)
        parts << tr("%n expired", nullptr, card.expiredUnits);
    if (card.nextExpiry.isValid() && card.progress > 0)
        parts << tr("next on %1")
                     .arg(QLocale().toString(card.nextExpiry.toLocalTime().date(),
                                             QLocale::ShortFormat));
    return parts.join(QStringLiteral(" · "));
}

QString CustomerCardsModel::confirmationText(const CardView& card) const
{
    const auto it = m_confirmed.constFind(card.card.id);
    if (it == m_confirmed.constEnd())
        return {};
    // Short, under the card's title: the time when it was today, else the day.
    const QDateTime at = it->confirmedAt.toLocalTime();
    const QString when = at.date() == m_store.now().toLocalTime().date()
                             ? QLocale().toString(at.time(), QLocale::ShortFormat)
                             : QLocale().toString(at.date(), QLocale::ShortFormat);
    // The counter's punches stay on the card; Astro's own count shows when it differs (a
    // purchase at another store, or one not sent yet).
    if (it->purchases == card.progress && it->freeGoods == rewardUnits(card))
        return tr("Astro ✓ %1").arg(when);
    return tr("Astro: %1 of %2 at %3").arg(it->purchases).arg(card.card.buy).arg(when);
}

QVariant CustomerCardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CardView& c = m_rows[std::size_t(index.row())];
    const int waiting = rewardUnits(c);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProgramColumn:
            return c.program.title;
        case CardColumn:
            return c.card.title;
        case ProgressColumn:
            return tr("%1 of %2").arg(c.progress).arg(c.card.buy);
        case ExpiryColumn:
            return expiryText(c);
        case RewardColumn:
            if (waiting == 0)
                return QString();
            return waiting == 1 ? tr("Reward earned")
                                : tr("%n free units earned", nullptr, waiting);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CardColumn || index.column() == ProgramColumn) {
            QString about = c.card.description.isEmpty() ? c.card.title : c.card.description;
            // A wrapped title leaves no room for the program's line: the tooltip says it.
            if (index.column() == CardColumn && !c.program.title.isEmpty())
                about += QLatin1Char('\n') + c.program.title;
            const auto it = m_confirmed.constFind(c.card.id);
            if (it == m_confirmed.constEnd())
                return about;
            return about + QLatin1Char('\n') +
                   tr("Astro counted %1 of %2 and %n free unit(s) waiting on %3.", nullptr,
                      it->freeGoods)
                       .arg(it->purchases)
                       .arg(c.card.buy)
                       .arg(
                           QLocale().toString(it->confirmedAt.toLocalTime(), QLocale::ShortFormat));
        }
        return data(index, Qt::DisplayRole);
    case ProgressRole:
        return c.progress;
    case BuyRole:
        return c.card.buy;
    case RewardUnitsRole:
        return waiting;
    case CardIdRole:
        return c.card.id;
    case ProgramRole: {
        const QString confirmed = confirmationText(c);
        // Astro's word first: when the line is cut, the program's name goes, not it.
        return confirmed.isEmpty() ? c.program.title
                                   : confirmed + QStringLiteral(" · ") + c.program.title;
    }
    case ConfirmedRole: {
        const auto it = m_confirmed.constFind(c.card.id);
        return it == m_confirmed.constEnd() ? QDateTime() : it->confirmedAt;
    }
    default:
        return {};
    }
}

QVariant CustomerCardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgramColumn:
        return tr("Program");
    case CardColumn:
        return tr("Card");
    case ProgressColumn:
        return tr("Progress");
    case ExpiryColumn:
        return tr("Punches expiring");
    case RewardColumn:
        return tr("Reward");
    default:
        return {};
    }
}

} // namespace astro::ui
