#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace astro::ui {

// The checkout's one-line answer: what the engine said about the last action, colored by
// kind (red refusal, amber warning, green success), with a beep and a brief flash when the
// cashier must look up.
class MessageStrip : public QFrame
{
public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit MessageStrip(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    void setFlash(bool on);

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QTimer* m_flashTimer;
    int m_flashesLeft = 0;
};

} // namespace astro::ui
