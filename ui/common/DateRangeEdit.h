#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;

namespace astro::ui {

// "From [date] to [date]": the first and last day a list covers, with calendar pop-ups in the
// locale's short format. Until the user picks dates, the range follows the store's calendar.
class DateRangeEdit : public QWidget
{
    Q_OBJECT

public:
    // What follows the store's calendar until the user picks dates.
    enum class Follow
    {
        // The start is set once, the span back from the first day shown; the end follows
        // today until the user picks an end.
        End,
        // Both ends follow today, the start the span back, until the user picks either.
        Both,
    };

    explicit DateRangeEdit(QWidget* parent = nullptr);

    // The default range: `monthsBack` months up to today.
    void setDefaultRange(int monthsBack, Follow follow);
    // The words before each date with their mnemonics ("&From", "&to"): the owner's, so each
    // list keeps its own wording and translation.
    void setLabels(const QString& from, const QString& to);
    // Moves the range to `today` where it follows the calendar; emits no changed().
    void setToday(const QDate& today);

    QDate from() const;
    QDate to() const;
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

signals:
    // The user picked a date.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void userPicked(bool end);
    void applyDateFormat();

    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    int m_monthsBack = 0;
    Follow m_follow = Follow::Both;
    bool m_startSet = false;
    bool m_startFollows = true;
    bool m_endFollows = true;
    bool m_settingDates = false;
};

} // namespace astro::ui
