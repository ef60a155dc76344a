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
    // A tooltip of its own (details), shown always; below the whole text when squeezed.
    void setDetails(const QString& details);
    QString details() const { return m_details; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();

    QString m_details;
};

} // namespace astro::ui
