#pragma once

#include "engine/Redemption.h"

#include <QVariant>

namespace astro::ui {

// How a redemption reads in a table, the same on every screen: "2 × item", and an undone one
// struck out and greyed.
struct RedemptionLook
{
    static QString item(const Redemption& r);
    static QVariant font(const Redemption& r);
    static QVariant foreground(const Redemption& r);
};

} // namespace astro::ui
