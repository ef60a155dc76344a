#include "ScanAnswer.h"

#include "engine/VisitService.h"

namespace astro::ui {

ScanAnswer::ScanAnswer(const ScanOutcome& outcome)
{
    QStringList lines;
    QString rewardCard;
    lines << tr("Added %1 × %2.").arg(outcome.quantity).arg(outcome.product.description);
    for (const CardPunch& p : outcome.punches) {
        if (p.rewardsEarned > 0) {
            lines << tr("Reward earned on “%1”!").arg(p.cardTitle);
            if (rewardCard.isEmpty())
                rewardCard = p.cardId;
        } else {
            lines << tr("“%1”: %2 of %3.").arg(p.cardTitle).arg(p.progress).arg(p.buy);
        }
    }
    lines += outcome.warnings;
    m_text = lines.join(QLatin1Char('\n'));
    m_kind = outcome.warnings.isEmpty() ? MessageStrip::Kind::Success : MessageStrip::Kind::Warning;
    if (!rewardCard.isEmpty())
        m_card = rewardCard;
    else if (!outcome.punches.empty())
        m_card = outcome.punches.front().cardId;
}

} // namespace astro::ui
