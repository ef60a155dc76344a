#pragma once

#include "domain/CatalogTypes.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace astro::ui {

// The cards of one program (an offer shows as its single card): what to buy, what is given, the
// rule, the time limit and the limits, in plain words.
class ProgramCardsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CardColumn, // with what to buy and what is given under it
        RuleColumn, // with the time limit under it
        ColumnCount
    };
    enum Role
    {
        CardIdRole = Qt::UserRole + 1,
        OfferRole,     // "Buy 12, get 1 free"
        TimeLimitRole, // "Within 12 months"
        SentenceRole,  // the whole card in plain words (limits included), under the table
    };

    explicit ProgramCardsModel(QObject* parent = nullptr);

    void setCards(std::vector<ProgramCard> cards);
    void setOffer(const Offer& offer);
    void clear();
    const ProgramCard& cardAt(int row) const { return m_cards.at(std::size_t(row)); }
    bool isOffer() const { return m_offer.has_value(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cardData(const ProgramCard& card, int column, int role) const;
    QVariant offerData(const Offer& offer, int column, int role) const;

    std::vector<ProgramCard> m_cards;
    std::optional<Offer> m_offer;
};

} // namespace astro::ui
