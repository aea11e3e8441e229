#pragma once

#include "storage/TagRepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TagDialog;
}

namespace tallenne {

/// A tag's label (from the managed list) and free-text note for a selected range.
class TagDialog : public QDialog
{
    Q_OBJECT

public:
    TagDialog(const QList<TagLabel>& labels, qint64 startMs, qint64 endMs,
              QWidget* parent = nullptr);
    ~TagDialog() override;

    [[nodiscard]] qint64 labelId() const; ///< 0 for none
    [[nodiscard]] QString note() const;

    /// "1:05.2" for 65 200 ms.
    [[nodiscard]] static QString formatTime(qint64 ms);

private:
    std::unique_ptr<Ui::TagDialog> m_ui;
};

} // namespace tallenne
