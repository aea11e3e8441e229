#pragma once

#include "services/BrowseService.h"
#include "services/SubjectService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SubjectFinderPanel;
}

namespace tallenne {

class PlayerPanel;
class Session;

/// Access requests → Find a person: a privacy officer looks a data subject up by phone
/// number, e-mail, name, identity code or business ID (in the forms people write them) and
/// sees the person's identifiers and all their calls and chats together, in time order;
/// choosing one shows the call (with its recording in the player) or the chat transcript.
/// The service checks the permission and audits the search and every record opened.
class SubjectFinderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubjectFinderPanel(Session& session, QWidget* parent = nullptr);
    ~SubjectFinderPanel() override;

    /// Runs a search as the Find button does; false (with the message shown) on failure.
    bool find(IdentifierKind kind, const QString& value);
    [[nodiscard]] PlayerPanel* player() const { return m_player; }
    void focusSearch();
    /// Runs the last search again (the register changed), keeping the person chosen.
    void refresh();

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Record
    {
        bool isCall = true;
        qint64 id = 0;
    };

    void retranslate();
    void fillPeople();
    void showSubject(int index);
    void showRecord(int row);

    std::unique_ptr<Ui::SubjectFinderPanel> m_ui;
    Session& m_session;
    PlayerPanel* m_player = nullptr;
    QList<SubjectMatch> m_matches;
    IdentifierKind m_kind = IdentifierKind::Phone;
    bool m_searched = false;
    QString m_lastValue; ///< what was searched, in memory only
    QList<Record> m_records;
};

} // namespace tallenne
