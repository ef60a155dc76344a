#include "RedemptionLook.h"

#include <QFont>
#include <QPalette>

namespace astro::ui {

QString RedemptionLook::item(const Redemption& r)
{
    return r.quantity > 1 ? QStringLiteral("%1 × %2").arg(r.quantity).arg(r.description)
                          : r.description;
}

QVariant RedemptionLook::font(const Redemption& r)
{
    if (!r.undone())
        return {};
    QFont f;
    f.setStrikeOut(true);
    return f;
}

QVariant RedemptionLook::foreground(const Redemption& r)
{
    if (!r.undone())
        return {};
    return QPalette().brush(QPalette::Disabled, QPalette::Text);
}

} // namespace astro::ui
