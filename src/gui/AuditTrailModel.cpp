#include "gui/AuditTrailModel.h"

#include "core/Permissions.h"
#include "gui/DateFields.h"
#include "services/audit/AuditActions.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <climits>

namespace tallenne {

namespace {

// The acting roles ("quality-manager,trainer") by their names for people.
QString displayRoles(const QString& ids)
{
    QStringList names;
    for (const QString& id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = RoleNames::fromId(id.trimmed());
        names << (role ? RoleNames::displayName(*role) : id);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

void AuditTrailModel::setView(std::optional<AuditTrailView> view)
{
    beginResetModel();
    m_view = std::move(view);
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesRead = 0;
    endResetModel();
}

void AuditTrailModel::setBrokenSequence(qint64 sequence)
{
    m_broken = sequence;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const AuditEntry* AuditTrailModel::entryAt(int row) const
{
    if (!m_view || row < 0 || row >= rowCount())
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        Error error;
        auto entries = m_view->page(page * PageSize, PageSize, &error);
        if (!entries) {
            emit errorOccurred(error.message);
            return nullptr;
        }
        ++m_pagesRead;
        if (m_pageOrder.size() >= CachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, std::move(*entries));
        m_pageOrder << page;
    } else {
        m_pageOrder.removeOne(page);
        m_pageOrder << page;
    }
    const qsizetype inPage = row % PageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_view ? 0 : int(std::min<qint64>(m_view->count(), INT_MAX));
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Sequence)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole &&
        role != Qt::ForegroundRole && role != Qt::UserRole)
        return {};
    const AuditEntry* e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::UserRole)
        return e->sequence;
    const bool broken = m_broken > 0 && e->sequence == m_broken;
    if (role == Qt::BackgroundRole)
        return broken ? QVariant(QBrush(QColor(0xf8, 0xd7, 0xda))) : QVariant();
    if (role == Qt::ForegroundRole)
        return broken ? QVariant(QBrush(QColor(0x72, 0x1c, 0x24))) : QVariant();
    switch (index.column()) {
    case Sequence:
        return QString::number(e->sequence);
    case Time:
        // The dates as the filter's fields show them, to the second.
        return QLocale().toString(e->at.toLocalTime(),
                                  DateFields::localeFormat() + QStringLiteral(" HH:mm:ss"));
    case User:
        return e->user;
    case Roles:
        return displayRoles(e->roles);
    case Action:
        // The action in words; its code (what the filter and the CSV export use) as a tooltip.
        if (role == Qt::ToolTipRole)
            return e->action;
        return AuditActions::displayName(e->action);
    case Object:
        return e->object;
    case Purpose:
        return e->purpose;
    case Details:
        // Read out where the form is known; the details as written as a tooltip.
        if (role == Qt::ToolTipRole)
            return e->details;
        return AuditActions::displayDetails(e->action, e->details);
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sequence:
        return tr("No.");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Roles:
        return tr("Roles");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Purpose:
        return tr("Purpose");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace tallenne
