#pragma once

#include "services/quality/ScorecardService.h"

#include <QVariantMap>
#include <QWidget>

#include <memory>

namespace Ui {
class ScorecardPanel;
}

namespace tallenne {

class ScorecardEditor;
class Session;
class StatusLabel;
struct Interaction;

/// Scorecards: the list (name, latest version, evaluations made; retired ones greyed at the
/// end), the selected scorecard's latest version in the editor and its earlier versions
/// read-only, Save (Ctrl+S; a new version when the one edited is in use), New scorecard,
/// Import… and Export… as JSON, Retire and Reinstate. Quality managers edit; trainers read and
/// export. Unsaved changes are not dropped silently: switching asks Save, Discard or Cancel.
/// The list reloads when the register's quality data changes, wherever the change was made.
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(Session& session, QWidget* parent = nullptr);
    ~ScorecardPanel() override;

    void reload();
    /// The scorecard shown (0: none, or a new one not saved yet).
    [[nodiscard]] qint64 currentScorecard() const { return m_scorecardId; }
    /// The version shown (0: a new scorecard).
    [[nodiscard]] int currentVersion() const { return m_version; }
    /// Shows the scorecard's latest version, after asking about unsaved changes; false when
    /// the user kept them (Cancel).
    bool selectScorecard(qint64 scorecardId);
    /// Starts an empty scorecard with one section and one criterion.
    void newScorecard();
    /// Validates and saves what the editor holds; false with the reason shown at its field.
    bool save();
    /// Imports a scorecard in the exchange format from `path` (what Import… does after its
    /// file dialog) and shows it.
    bool importFrom(const QString& path);
    /// Writes the version shown to `path` (what Export… does after its file dialog).
    bool exportTo(const QString& path);
    [[nodiscard]] QString statusText() const;
    /// The editor holds changes not saved yet (for a window that asks before it closes).
    [[nodiscard]] bool hasUnsavedChanges() const;
    /// What the lock must give back (kept in memory by the window, never on disk): the
    /// scorecard shown and, when not saved, the edits themselves.
    [[nodiscard]] QVariantMap sessionState() const;
    /// After the unlock: the same scorecard, and the unsaved edits still unsaved.
    void restoreSessionState(const QVariantMap& state);

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillList();
    void showVersion(qint64 scorecardId, qint64 versionId);
    void fillVersions();
    void updateState();
    /// Save / Discard / Cancel when the editor holds unsaved changes; true to go on.
    bool confirmLeave();
    void askImport();
    void askExport();
    void toggleRetired();
    void fail(const QString& message);
    [[nodiscard]] const ScorecardRecord* currentRecord() const;

    std::unique_ptr<Ui::ScorecardPanel> m_ui;
    Session& m_session;
    ScorecardService m_service;
    ScorecardEditor* m_editor = nullptr;
    StatusLabel* m_status = nullptr;
    bool m_manage = false;
    QList<ScorecardRecord> m_cards;
    QList<ScorecardVersionRecord> m_versions;
    ScorecardDefinition m_loaded; ///< the version shown, as read
    qint64 m_scorecardId = 0;
    qint64 m_versionId = 0;
    int m_version = 0;
    bool m_latest = true;
    bool m_syncing = false; ///< the list's selection set by the code
};

} // namespace tallenne
