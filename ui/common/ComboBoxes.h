#pragma once

#include <QString>

#include <utility>
#include <vector>

class QComboBox;

namespace astro::ui {

// Replaces the entries of `box` after its first `fixed` ones ("All locations") by `items`
// (id, name), without signalling. The choice made stays when it remains: a fixed entry by its
// place, the others by id; else the first entry is chosen.
void refillComboBox(QComboBox* box, int fixed,
                    const std::vector<std::pair<QString, QString>>& items);

} // namespace astro::ui
