#include "UserListModel.h"

namespace astro::ui {

UserListModel::UserListModel(UserStore& users, QObject* parent)
    : QAbstractListModel(parent), m_users(users)
{}

QString UserListModel::reload()
{
    QString error;
    beginResetModel();
    m_rows.clear();
    auto list = m_users.list();
    if (list)
        m_rows = std::move(list).value();
    else
        error = list.error().message;
    endResetModel();
    return error;
}

int UserListModel::rowOfName(const QString& name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return u.name;
    case RoleLabelRole:
        return label(u.role);
    case UserIdRole:
        return u.id;
    default:
        return {};
    }
}

} // namespace astro::ui
