#pragma once

// Rows of a QTableWidget that keep their record's id in an item's data: the selected one, and
// finding one by its id. The panels' lists (requests, holds, samples, calibrations,
// evaluations) all read their selection this way.

#include <QItemSelectionModel>
#include <QTableWidget>

namespace tallenne::TableRows {

/// The first selected row, or -1.
[[nodiscard]] inline int selected(const QTableWidget* table)
{
    const auto rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

/// The id kept under `role` in column `column` of the selected row, or 0.
[[nodiscard]] inline qint64 selectedId(const QTableWidget* table, int column, int role)
{
    const int row = selected(table);
    return row < 0 ? 0 : table->item(row, column)->data(role).toLongLong();
}

/// The row whose item in `column` keeps `id` under `role`, or -1.
[[nodiscard]] inline int rowOf(const QTableWidget* table, int column, int role, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->data(role).toLongLong() == id)
            return row;
    }
    return -1;
}

} // namespace tallenne::TableRows
