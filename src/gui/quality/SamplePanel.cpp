#include "gui/quality/SamplePanel.h"

#include "core/Interaction.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tallenne {

SamplePanel::SamplePanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    // Placeholder until the panel is built.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("SamplePanel"), this));
}

SamplePanel::~SamplePanel() = default;

} // namespace tallenne
