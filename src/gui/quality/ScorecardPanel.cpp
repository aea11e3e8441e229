#include "gui/quality/ScorecardPanel.h"

#include "core/Interaction.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tallenne {

ScorecardPanel::ScorecardPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    // Placeholder until the panel is built.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("ScorecardPanel"), this));
}

ScorecardPanel::~ScorecardPanel() = default;

} // namespace tallenne
