#pragma once

#include "engine/CardService.h"
#include "sync/CardConfirmations.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class QTableView;

namespace astro {
class Store;
}

namespace astro::ui {

// A customer's cards, one row per program card: program, card, progress "X of Y", expiring
// punches and the reward earned; under the program, when Astro last confirmed the card.
class CustomerCardsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProgramColumn,
        CardColumn,
        ProgressColumn,
        ExpiryColumn,
        RewardColumn,
        ColumnCount
    };
    enum Role
    {
        ProgressRole = Qt::UserRole + 1, // units on the open card
        BuyRole,                         // units the card needs
        RewardUnitsRole,                 // free units waiting
        CardIdRole,
        ProgramRole,   // under the card's title: Astro's confirmation, then the program's title
        ConfirmedRole, // when Astro last counted this card (invalid: never)
    };

    explicit CustomerCardsModel(Store& store, QObject* parent = nullptr);

    // Shows these cards in `view` as the counter does: a progress bar, a reward badge, the card's
    // title over its program's; every column as wide as its content but the title's.
    void attachTo(QTableView* view);

    // Reads the customer's cards (0: none). Returns the engine's message on failure.
    QString load(qint64 customerId);
    QString reload() { return load(m_customerId); }
    qint64 customerId() const { return m_customerId; }

    const CardView& cardAt(int row) const { return m_rows.at(std::size_t(row)); }
    int rowOfCard(const QString& cardId) const;
    // The first row with a reward waiting, or -1.
    int firstRewardRow() const;
    static int rewardUnits(const CardView& card);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString expiryText(const CardView& card) const;
    QString confirmationText(const CardView& card) const;

    Store& m_store;
    qint64 m_customerId = 0;
    std::vector<CardView> m_rows;
    QHash<QString, sync::CardConfirmation> m_confirmed;
};

} // namespace astro::ui
