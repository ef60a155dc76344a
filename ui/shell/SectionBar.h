#pragma once

#include <QWidget>

#include <vector>

class QButtonGroup;
class QHBoxLayout;
class QPushButton;

namespace astro::ui {

// The main window's section switcher: one tab-like button per section page, named by the
// page's window title (so it follows the page's retranslation), Ctrl+1, Ctrl+2, ... to jump.
class SectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit SectionBar(QWidget* parent = nullptr);

    void addSection(QWidget* page);
    void setSectionVisible(QWidget* page, bool visible);
    void setCurrent(QWidget* page);
    QPushButton* buttonFor(QWidget* page) const;

signals:
    void sectionChosen(QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateShortcuts();

    struct Entry
    {
        QWidget* page;
        QPushButton* button;
    };
    std::vector<Entry> m_entries;
    QHBoxLayout* m_layout;
    QButtonGroup* m_group;
};

} // namespace astro::ui
