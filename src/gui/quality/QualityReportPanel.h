#pragma once

#include <QWidget>

namespace tallenne {

class Session;
struct Interaction;

/// Quality reports: scores per agent, queue and period with charts; CSV, PDF and print.
class QualityReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QualityReportPanel(Session& session, QWidget* parent = nullptr);
    ~QualityReportPanel() override;

signals:
    void errorOccurred(const QString& message);
    void openEvaluationRequested(qint64 evaluationId);

private:
    Session& m_session;
};

} // namespace tallenne
