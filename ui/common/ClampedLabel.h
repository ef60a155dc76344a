#pragma once

#include <QLabel>

namespace astro::ui {

// A label of a fixed number of lines: its height never changes with the text, and a longer
// text ends in "…" and shows whole in its tooltip.
class ClampedLabel : public QLabel
{
public:
    explicit ClampedLabel(int lines, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The lines shown at the label's width: the text wrapped, the last one elided if cut.
    QStringList visibleLines() const;
    bool isClamped() const;
    // `text` wrapped at `width` in at most `lines` lines, the last elided if the text is longer.
    static QStringList clamp(const QString& text, const QFont& font, int width, int lines);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int m_lines;
};

} // namespace astro::ui
