#pragma once

#include <QPushButton>

namespace astro::ui {

// A push button that gives up width as ElidedLabel does: squeezed, its text ends in "…", so
// a status bar full of warnings never makes the window wider than the screen.
class ElidedButton : public QPushButton
{
public:
    // Its width may shrink below its size hint (a push button's policy never lets it).
    explicit ElidedButton(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    // Squeezed, its tooltip starts with the whole text.
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The width the button takes besides its text (padding, frame, icon).
    int chromeWidth() const;
    bool squeezed() const;
};

} // namespace astro::ui
