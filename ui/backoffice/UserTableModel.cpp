#include "UserTableModel.h"

#include "ui/common/Theme.h"

#include <QColor>

namespace astro::ui {

UserTableModel::UserTableModel(UserStore& users, QObject* parent)
    : QAbstractTableModel(parent), m_users(users)
{}

QString UserTableModel::reload()
{
    QString error;
    beginResetModel();
    m_rows.clear();
    if (auto list = m_users.list(true))
        m_rows = std::move(list).value();
    else
        error = list.error().message;
    endResetModel();
    return error;
}

void UserTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int UserTableModel::rowOfName(const QString& name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

int UserTableModel::rowOfId(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_rows[std::size_t(index.row())];
    if (role == UserIdRole)
        return u.id;
    if (role == Qt::ForegroundRole && !u.active)
        return Theme::color(Theme::Muted);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.name;
    case RoleColumn:
        return label(u.role);
    case StatusColumn:
        return u.active ? tr("Active") : tr("Disabled");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace astro::ui
