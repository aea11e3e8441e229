#include "gui/quality/EvaluationPanel.h"

#include "core/Interaction.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tallenne {

EvaluationPanel::EvaluationPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    // Placeholder until the panel is built.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("EvaluationPanel"), this));
}

EvaluationPanel::~EvaluationPanel() = default;

void EvaluationPanel::openInteraction(const Interaction& target)
{
    Q_UNUSED(target)
}

void EvaluationPanel::openEvaluation(qint64 evaluationId)
{
    Q_UNUSED(evaluationId)
}

} // namespace tallenne
