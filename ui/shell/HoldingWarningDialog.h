#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace astro::ui {

// Tells a Manager or Admin which programs sit in Temporary Holding at this location: their
// redemptions are held until a real distributor is chosen.
class HoldingWarningDialog : public QDialog
{
    Q_OBJECT

public:
    HoldingWarningDialog(const QString& locationName, const QStringList& programs,
                         QWidget* parent = nullptr);

    QStringList programs() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_locationName;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QStringListModel* m_model;
    QListView* m_list;
    QLabel* m_next;
    QPushButton* m_ok;
};

} // namespace astro::ui
