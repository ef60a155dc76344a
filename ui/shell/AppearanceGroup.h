#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace astro::ui {

// Settings' appearance: light, dark, or as the computer's desktop. A preference of this
// computer, for every role; applied to the whole app when Settings are saved.
class AppearanceGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit AppearanceGroup(QWidget* parent = nullptr);

    // Stores the choice (AppSettings) and applies it.
    void save();

    QComboBox* choice() const { return m_choice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label;
    QComboBox* m_choice;
};

} // namespace astro::ui
