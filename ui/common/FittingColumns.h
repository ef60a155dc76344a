#pragma once

#include <QScrollArea>

class QBoxLayout;
class QVBoxLayout;

namespace astro::ui {

// Two columns of groups side by side while the screen has room for both, one above the other
// when it has not, scrolling when even that is taller than the screen: a dialog of settings
// fits any counter screen from 1024×768 up, French included.
class FittingColumns : public QScrollArea
{
    Q_OBJECT

public:
    explicit FittingColumns(QWidget* parent = nullptr);

    // `column` 0 or 1.
    void add(int column, QWidget* group);
    // Pixels of the window around this area (its margins, the buttons' row, the frame).
    void setChrome(const QSize& chrome) { m_chrome = chrome; }
    bool stacked() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Chooses the columns' direction for the room the screen leaves.
    void fit();
    QSize room() const;

    QWidget* m_content;
    QBoxLayout* m_columns;
    QVBoxLayout* m_side[2];
    QSize m_chrome{80, 140};
    bool m_sized = false;
};

} // namespace astro::ui
