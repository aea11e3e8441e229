#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tallenne {

class Session;
class StatusLabel;

/// The legal holds of the register (Retention and holds → Legal holds): every hold in force
/// (and, on request, the released ones) with what it covers, its reason, case, last day and
/// who placed or released it; a new hold through HoldDialog, and the selected one released
/// with a note. Privacy officers and administrators only (HoldService checks it).
class HoldsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HoldsPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    /// Opens the dialog for a new hold; true when one was placed.
    bool addHold();
    /// Releases the selected hold after asking for a note; true when released.
    bool releaseSelected();
    [[nodiscard]] QString statusText() const;

signals:
    void holdsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showReleased = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_releaseButton = nullptr;
    StatusLabel* m_status = nullptr;
};

} // namespace tallenne
