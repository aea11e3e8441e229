#pragma once

#include "services/audit/AuditTrailView.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace tallenne {

/// The entries of an AuditTrailView as a table, newest first. Rows are read in pages when
/// they are shown, so a trail of any length scrolls without being read whole; a few pages are
/// kept.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sequence,
        Time,
        User,
        Roles,
        Action,
        Object,
        Purpose,
        Details,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `view` (or nothing).
    void setView(std::optional<AuditTrailView> view);
    [[nodiscard]] const std::optional<AuditTrailView>& view() const { return m_view; }
    /// Marks the entry the verification found broken first (0: none).
    void setBrokenSequence(qint64 sequence);
    /// The entry of `row` (reading its page when needed); null when there is none.
    [[nodiscard]] const AuditEntry* entryAt(int row) const;
    /// How many pages were read from the database since the last setView() (tests).
    [[nodiscard]] int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString& message) const;

private:
    std::optional<AuditTrailView> m_view;
    mutable QHash<qint64, QList<AuditEntry>> m_pages; ///< page number → entries
    mutable QList<qint64> m_pageOrder;                ///< least recently read first
    mutable int m_pagesRead = 0;
    qint64 m_broken = 0;
};

} // namespace tallenne
