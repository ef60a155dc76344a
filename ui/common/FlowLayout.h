#pragma once

#include <QLayout>
#include <QList>

#include <initializer_list>

namespace astro::ui {

// Lays its items left to right and starts a new line when the width runs out: a filter bar
// or a button row reads as one line on a wide window and wraps on a narrow one instead of
// widening the window. Items that expand sideways share the room left on their line.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    // The gap between two lines; the spacing between items when not set.
    void setLineSpacing(int spacing);
    int lineSpacing() const;

    // Takes the room left on its line, so what follows it sits at the right. It is dropped at
    // the start of a line: a wrapped line starts at the left.
    void addStretch();
    // Keeps `widgets` side by side as one item (a label and its field): they wrap together.
    // Returns the widget that holds them, a child of the layout's widget: add the layout to
    // its widget (or parent layout) first.
    QWidget* addGroup(std::initializer_list<QWidget*> widgets, int spacing = 6);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;
    void invalidate() override;

private:
    int itemSpacing() const;
    // Places the items in `rect` (or only measures them); returns the room the lines take.
    QSize arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> m_items;
    int m_lineSpacing = -1;
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = -1;
};

} // namespace astro::ui
