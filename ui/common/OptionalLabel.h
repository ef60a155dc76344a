#pragma once

#include <QLabel>

namespace astro::ui {

// A label that steps aside when its row is short of room: its whole text or nothing, never a
// cut word. For what the screen also says elsewhere (the app's name is in the title bar).
class OptionalLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;
    // Whether the whole text has room and shows.
    bool isShown() const;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace astro::ui
