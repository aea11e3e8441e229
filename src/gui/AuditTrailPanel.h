#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tallenne {

class AuditTrailModel;
class AuditVerifyTask;
class Session;
struct AuditFilter;

/// The audit trail for administrators (and a privacy officer's own entries): the chain's
/// verification at the top, run on a thread of its own with progress, naming the first broken
/// entry with a button that goes to it, and the witnesses checked or not; below, the entries
/// filtered by user, action, object and dates (Enter applies), read page by page, exported to
/// CSV. Each applied filter is one `audit.read` entry (AuditService::view()). Nothing is read
/// before the page is first shown.
class AuditTrailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTrailPanel(Session& session, QWidget* parent = nullptr);
    ~AuditTrailPanel() override;

    /// Reads the entries the filter fields select (audited).
    void applyFilter();
    /// Starts verifying the chain again (administrators).
    void verify();
    /// Writes the entries the filter fields select to `path` as CSV; false with the reason
    /// shown.
    bool exportTo(const QString& path);
    /// Clears the filter and selects the entry with this sequence number.
    bool goToEntry(qint64 sequence);
    [[nodiscard]] bool isVerifying() const;
    [[nodiscard]] QString verificationText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] AuditTrailModel* model() const { return m_model; }

signals:
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void askExport();
    void verificationFinished();
    void showVerification();
    void showCount();
    [[nodiscard]] AuditFilter filterFromForm() const;

    Session& m_session;
    bool m_wholeTrail = false; ///< administrator; else a privacy officer's own entries
    bool m_started = false;
    qint64 m_brokenSequence = 0;
    AuditTrailModel* m_model = nullptr;
    std::unique_ptr<AuditVerifyTask> m_task;
    QLabel* m_verificationLabel = nullptr;
    QLabel* m_witnessLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_goToButton = nullptr;
    QLabel* m_ownLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_actionLabel = nullptr;
    QLabel* m_objectLabel = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_actionEdit = nullptr;
    QLineEdit* m_objectEdit = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace tallenne
