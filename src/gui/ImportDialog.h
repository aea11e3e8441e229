#pragma once

#include "services/ImportService.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

namespace tallenne {

class Session;

/// File → Import: the options of an import (the file; for Asterisk the recordings folder,
/// the column layout, the time zone and the phone region), then its progress with a Stop
/// button, then the report: what was imported, and every refused row, skipped row, warning
/// and recording problem with its line, filterable by kind and savable as text.
///
/// The import runs on the GUI thread (the register's connection lives there); the progress
/// callback lets the window repaint and the Stop button work between rows. It is a nested
/// event loop for the lock (LockGate): a lock stops it at the next row boundary like Stop
/// does, the rows read stay committed, and importing the file again after the unlock goes
/// on where it stopped (the rows already there are skipped).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Asterisk,
        Chats,
    };

    ImportDialog(Session& session, Kind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// The report of the last run, once it ended.
    [[nodiscard]] const std::optional<ImportReport>& report() const { return m_report; }
    /// True when the last run was stopped by the lock (not by the Stop button).
    [[nodiscard]] bool stoppedByLock() const { return m_stopReason == StopReason::Lock; }
    /// Writes the report as text, one line per refused row or note (FILE:LINE: KIND: TEXT).
    [[nodiscard]] bool saveReport(const QString& path, QString* error) const;

public slots:
    /// Runs the import with the options in the form (the Import button).
    void runImport();

signals:
    /// An import changed the register (the views may refresh); the report is shown.
    void imported();
    /// Rows read so far by the running import (about every 100 ms).
    void progressed(qint64 rows);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class StopReason
    {
        None,
        User,
        Lock,
    };

    void requestStop(StopReason reason);
    void retranslate();
    void showReport();
    void fillNotes();
    void showOptionsMessage(const QString& text);
    [[nodiscard]] QString preferencesKey() const;
    void restoreOptions();
    void saveOptions();
    [[nodiscard]] QStringList reportLines() const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Session& m_session;
    Kind m_kind;
    bool m_running = false;
    bool m_stop = false;
    StopReason m_stopReason = StopReason::None;
    std::optional<ImportReport> m_report;
    Error m_error;
};

} // namespace tallenne
