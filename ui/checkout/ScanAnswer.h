#pragma once

#include "ui/common/MessageStrip.h"

#include <QCoreApplication>
#include <QString>

namespace astro {
struct ScanOutcome;
}

namespace astro::ui {

// What the checkout says after a recorded scan: the item, every card it punched (or the
// reward it earned) and the engine's warnings, and the card to show.
class ScanAnswer
{
    Q_DECLARE_TR_FUNCTIONS(astro::ui::CheckoutWidget)

public:
    explicit ScanAnswer(const ScanOutcome& outcome);

    QString text() const { return m_text; }
    MessageStrip::Kind kind() const { return m_kind; }
    // The card that earned a reward, else the first one punched; empty if none.
    QString cardToShow() const { return m_card; }

private:
    QString m_text;
    MessageStrip::Kind m_kind = MessageStrip::Kind::Success;
    QString m_card;
};

} // namespace astro::ui
