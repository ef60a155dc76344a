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

    // With `fixedLines`, the strip keeps that many lines of room, empty or not, and a longer
    // message ends in "…" (whole in its tooltip): the screen below never moves.
    explicit MessageStrip(QWidget* parent = nullptr, int fixedLines = 0);

    void showMessage(Kind kind, const QString& text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    // The lines on screen: at most two, the last ending in "…" when the text is longer.
    QStringList visibleLines() const;

private:
    void setFlash(bool on);

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QTimer* m_flashTimer;
    int m_flashesLeft = 0;
    bool m_fixedHeight = false;
};

} // namespace astro::ui
