#pragma once

#include "core/Permissions.h"
#include "services/PlaybackService.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PurposeDialog;
}

namespace tallenne {

/// Asks for the purpose of listening, offering only the purposes the user's roles allow, and
/// for an access request's number when that is the purpose.
class PurposeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PurposeDialog(Roles roles, QWidget* parent = nullptr);
    ~PurposeDialog() override;

    [[nodiscard]] std::optional<PlaybackPurpose> purpose() const;
    [[nodiscard]] QString accessRequestId() const;

    void accept() override;

private:
    void updateRequestField();

    std::unique_ptr<Ui::PurposeDialog> m_ui;
};

} // namespace tallenne
