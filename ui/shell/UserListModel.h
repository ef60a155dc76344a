#pragma once

#include "users/UserStore.h"

#include <QAbstractListModel>

#include <vector>

namespace astro::ui {

// The active users to sign in as: name, and role on the second line.
class UserListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RoleLabelRole = Qt::UserRole + 1,
        UserIdRole,
    };

    explicit UserListModel(UserStore& users, QObject* parent = nullptr);

    // Re-reads the users; returns the engine's message on failure.
    QString reload();
    int rowOfName(const QString& name) const;
    const User& userAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    UserStore& m_users;
    std::vector<User> m_rows;
};

} // namespace astro::ui
