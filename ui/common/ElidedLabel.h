#pragma once

#include <QLabel>

namespace astro::ui {

// A one-line label that gives up width gracefully: when squeezed it ends in "…" and shows the
// whole text as its tooltip, so a long location or a longer language never widens the window.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();
};

} // namespace astro::ui
