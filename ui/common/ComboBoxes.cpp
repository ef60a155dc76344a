#include "ComboBoxes.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace astro::ui {

void refillComboBox(QComboBox* box, int fixed,
                    const std::vector<std::pair<QString, QString>>& items)
{
    const int index = box->currentIndex();
    const QString chosen = box->currentData().toString();
    const QSignalBlocker quiet(box);
    while (box->count() > fixed)
        box->removeItem(fixed);
    for (const auto& [id, name] : items)
        box->addItem(name, id);
    box->setCurrentIndex(index >= 0 && index < fixed ? index : qMax(0, box->findData(chosen)));
}

} // namespace astro::ui
