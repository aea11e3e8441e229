#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tallenne {

class PurgeService;
class Session;
struct PurgeReport;

/// The retention purge in the console (Retention and holds → Purge): the preview of what a
/// purge now would delete per category and what it keeps and why (a legal hold, restriction of
/// processing, no fixed period), and a purge run in the background: one batch per turn of the
/// event loop, with a progress bar, so the console stays usable. MainWindow starts one at
/// every login of an administrator or a privacy officer (startPurge()).
class PurgePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PurgePanel(Session& session, QWidget* parent = nullptr);
    ~PurgePanel() override;

    /// Reads the preview again (PurgeService::preview()).
    void refresh();
    /// Starts a purge in the background unless one runs; false when it could not begin.
    bool startPurge();
    [[nodiscard]] bool isPurging() const { return m_service != nullptr; }
    [[nodiscard]] QString statusText() const;

signals:
    /// A background purge ended: `message` says what it did (or why it stopped);
    /// `noteworthy` when it deleted or lifted something, or failed.
    void purgeFinished(const QString& message, bool noteworthy);
    void progress(qint64 done, qint64 total);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void show(const PurgeReport& report);
    /// When the file was last compacted and what is free in it (CompactionService).
    [[nodiscard]] QString compactionText();
    void nextBatch();
    void stop(const QString& message, bool noteworthy = true);

    Session& m_session;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_purgeButton = nullptr;
    std::unique_ptr<PurgeService> m_service;
    bool m_previewShown = false; ///< read once when first shown; again after a purge or a change
};

} // namespace tallenne
