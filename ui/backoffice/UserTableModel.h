#pragma once

#include "users/UserStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace astro::ui {

// Every user of the store, disabled ones too (a store has tens of users, so all are kept):
// name, role, and whether they can sign in.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1,
    };

    explicit UserTableModel(UserStore& users, QObject* parent = nullptr);

    // Re-reads the users; returns the engine's message on failure.
    QString reload();
    void clear();
    int rowOfName(const QString& name) const;
    int rowOfId(qint64 id) const;
    const User& userAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    UserStore& m_users;
    std::vector<User> m_rows;
};

} // namespace astro::ui
