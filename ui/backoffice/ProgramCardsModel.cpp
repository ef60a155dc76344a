#include "ProgramCardsModel.h"

#include "ui/backoffice/ProgramWording.h"

namespace astro::ui {

ProgramCardsModel::ProgramCardsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProgramCardsModel::setCards(std::vector<ProgramCard> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    m_offer.reset();
    endResetModel();
}

void ProgramCardsModel::setOffer(const Offer& offer)
{
    beginResetModel();
    m_cards.clear();
    m_offer = offer;
    endResetModel();
}

void ProgramCardsModel::clear()
{
    beginResetModel();
    m_cards.clear();
    m_offer.reset();
    endResetModel();
}

int ProgramCardsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_offer ? 1 : int(m_cards.size());
}

int ProgramCardsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramCardsModel::cardData(const ProgramCard& card, int column, int role) const
{
    if (role == CardIdRole)
        return card.id;
    if (role == OfferRole)
        return ProgramWording::cardOffer(card);
    if (role == TimeLimitRole)
        return ProgramWording::shortTimeLimit(card.timeLimitMonths);
    if (role == SentenceRole) {
        QStringList parts{ProgramWording::cardSentence(card),
                          ProgramWording::timeLimit(card.timeLimitMonths) + QLatin1Char('.')};
        if (card.maxPerCustomer || card.maxPerProgram)
            parts << ProgramWording::cardLimits(card) + QLatin1Char('.');
        return parts.join(QLatin1Char(' '));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case CardColumn:
        return role == Qt::ToolTipRole ? ProgramWording::cardSentence(card) : card.title;
    case RuleColumn:
        return role == Qt::ToolTipRole ? explanation(card.rule) : label(card.rule);
    default:
        return {};
    }
}

QVariant ProgramCardsModel::offerData(const Offer& offer, int column, int role) const
{
    if (role == CardIdRole)
        return QString();
    if (role == OfferRole)
        return ProgramWording::offerOffer(offer);
    if (role == TimeLimitRole)
        return tr("In the same visit");
    if (role == SentenceRole)
        return ProgramWording::offerSentence(offer) + QLatin1Char(' ') +
               ProgramWording::offerLimits(offer) + QLatin1Char('.');
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case CardColumn:
        return role == Qt::ToolTipRole ? ProgramWording::offerSentence(offer) : offer.title;
    case RuleColumn:
        return label(offer.kind);
    default:
        return {};
    }
}

QVariant ProgramCardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_offer)
        return offerData(*m_offer, index.column(), role);
    return cardData(m_cards[std::size_t(index.row())], index.column(), role);
}

QVariant ProgramCardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CardColumn:
        return tr("Card");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace astro::ui
