#pragma once

#include <QWidget>

namespace tallenne {

class Session;
struct Interaction;

/// Scorecards: list, edit (a new version when in use), import and export as JSON, retire.
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(Session& session, QWidget* parent = nullptr);
    ~ScorecardPanel() override;

signals:
    void errorOccurred(const QString& message);

private:
    Session& m_session;
};

} // namespace tallenne
