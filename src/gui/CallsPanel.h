#pragma once

#include "services/BrowseService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CallsPanel;
}

namespace tallenne {

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
    /// Reads the agents, queues and matches again (after an import).
    void refresh();
    void focusSearch();
    [[nodiscard]] CallFilter filterFromForm() const;

signals:
    /// The user opened a call (selection or Enter): the player may load it.
    void callOpened(qint64 callId);
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices();
    void resetFilter();
    void showDetail(qint64 callId);
    void showColumnMenu(const QPoint& position);
    void saveViewState();
    void restoreViewState();
    void retranslate();

    std::unique_ptr<Ui::CallsPanel> m_ui;
    Session& m_session;
    CallListModel* m_model = nullptr;
    PlayerPanel* m_player = nullptr;
};

} // namespace tallenne
