#pragma once

#include <QObject>
#include <QString>

class QSplitter;

namespace astro::ui {

// Keeps where staff left a splitter, per screen (WindowPlacement::screenKey): saved each time
// it is moved, restored when it shows on that screen again. A screen of another size starts
// from the page's own proportions.
class SplitterMemory : public QObject
{
    Q_OBJECT

public:
    // `name` tells the page's splitter apart from the others ("batches", "credits").
    static void keep(QSplitter* splitter, const QString& name);

    QString settingsKey() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    SplitterMemory(QSplitter* splitter, QString name);
    void restore();
    void save();

    QSplitter* m_splitter;
    QString m_name;
    QString m_restoredFor; // the settings key last restored
};

} // namespace astro::ui
