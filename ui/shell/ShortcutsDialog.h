#pragma once

#include <QDialog>

class QTableWidget;

namespace astro::ui {

// The keyboard shortcuts of a window as it stands, read from its own shortcuts (Shortcuts),
// what each does beside its keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QWidget& window, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace astro::ui
