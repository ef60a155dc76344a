#pragma once

#include <QObject>

class QAbstractButton;

namespace astro::ui {

// Lets Enter press a button outside a dialog, as Space does: a cashier's hand is on Enter.
class EnterClicks : public QObject
{
public:
    static void install(QAbstractButton* button);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace astro::ui
