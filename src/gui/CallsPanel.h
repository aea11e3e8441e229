#pragma once

#include "core/Interaction.h"
#include "services/BrowseService.h"

#include <QDate>
#include <QJsonObject>
#include <QVariantMap>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <utility>

class QCheckBox;
class QPushButton;
class QTimer;

namespace Ui {
class CallsPanel;
}

namespace tallenne {

class EmptyState;

class CallListModel;
class PlayerPanel;
class Session;

/// The call list with its filters and the detail of the selected call.
class CallsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallsPanel(Session& session, QWidget* parent = nullptr);
    ~CallsPanel() override;

    [[nodiscard]] CallListModel* model() const { return m_model; }
    /// The player beside the list; nullptr for roles that may not play recordings.
    [[nodiscard]] PlayerPanel* player() const { return m_player; }
    /// Runs the filter in the form; false (and a message shown) when it fails.
    bool applyFilter();
    /// Reads the agents, queues and matches again (after an import, or when the register
    /// changed), keeping the filter and the selected call.
    void refresh();
    /// The selected call, 0 when none.
    [[nodiscard]] qint64 selectedCallId() const;
    /// Selects a call when it is among the rows loaded, or at `hintRow` (where it was before
    /// the list was read again); false otherwise.
    bool selectCall(qint64 callId, int hintRow = -1);
    /// Asks for a call's number and selects it (View → Go to call, Ctrl+G): among the rows
    /// of the filter, else with the filter cleared; says so when there is no such call to see.
    void goToCall();
    /// Selects the call wherever it is in the list, clearing the filter when it leaves the
    /// call out. False when no call of this number is in the register for this user.
    bool goToCall(qint64 callId);

    /// What the user had in front of them (filter, selection, layout, the call in the player
    /// and its position), kept in memory across a lock so that the unlock brings it back.
    [[nodiscard]] QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap& state);
    void focusSearch();
    [[nodiscard]] CallFilter filterFromForm() const;

signals:
    /// The user opened a call (selection or Enter): the player may load it.
    void callOpened(qint64 callId);
    void errorOccurred(const QString& message);
    /// A quality manager asks to evaluate the selected call (Evaluate, beside its details).
    void evaluateRequested(const tallenne::Interaction& target);

protected:
    void changeEvent(QEvent* event) override;
    /// The first time shown, the list takes the width of the reviewer's columns.
    void showEvent(QShowEvent* event) override;
    /// Enter in any field of the filter applies it; Space in the list plays the selected call.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// What the empty call list says: how calls get in, or that the filter hides them.
    [[nodiscard]] QString emptyText() const;
    void fillChoices();
    void resetFilter();
    void showDetail(qint64 callId);
    void showColumnMenu(const QPoint& position);
    /// The checkable columns, at a global position (the headings' menu, the Columns button).
    void execColumnMenu(const QPoint& at);
    void fitColumns();
    void fitSplitter();
    /// The width at which the details' labels and values fit side by side.
    void fitDetail();
    /// The details shown side by side or stacked, as the pane's width allows.
    void showDetailLayout();
    [[nodiscard]] QDate today() const;
    /// Sets both dates (and their check boxes) without counting as the user's edit.
    void setDates(const std::optional<std::pair<QDate, QDate>>& range);
    void dateEdited(QCheckBox* side);
    void applyPeriod(int period);
    /// The form's choices as a saved filter keeps them (no phone number).
    [[nodiscard]] QJsonObject filterState() const;
    void setFilterState(const QJsonObject& state);
    /// The agent, queue, direction, recording, tagged, evaluated and duration fields of a
    /// session state or a saved filter.
    void restoreFilterFields(const QVariantMap& state);
    void fillSavedFilters(const QString& current = {});
    void applySavedFilter(const QString& name);
    void saveFilter();
    void deleteFilter();
    void saveViewState();
    void restoreViewState();
    void retranslate();
    /// Evaluate waits for a selected call with a recording.
    void updateEvaluateButton();
    /// "N calls match", or "at least N …; counting…" while a broad filter's count is on its way.
    void showCount();

    std::unique_ptr<Ui::CallsPanel> m_ui;
    Session& m_session;
    EmptyState* m_emptyState = nullptr;
    CallListModel* m_model = nullptr;
    QTimer* m_filterTimer = nullptr; ///< a typed number or date applies after a pause
    PlayerPanel* m_player = nullptr;
    QPushButton* m_evaluateButton = nullptr; ///< quality managers only
    qint64 m_shownCallId = 0;                ///< the call whose details are shown
    bool m_shownCallHasRecording = false;
    std::array<QString, 2> m_detailHtml; ///< the shown call's details: side by side, stacked
    int m_detailSideBySideWidth = 0;
    bool m_detailStacked = false;
    bool m_detailShown = false; ///< m_detailHtml is in the browser
    bool m_splitterFitted = false;
    bool m_countLabelShowsError = false; ///< the last filter failed; its message stays
};

} // namespace tallenne
