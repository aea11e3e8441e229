#include "gui/quality/CalibrationPanel.h"

#include "core/Interaction.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tallenne {

CalibrationPanel::CalibrationPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    // Placeholder until the panel is built.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("CalibrationPanel"), this));
}

CalibrationPanel::~CalibrationPanel() = default;

} // namespace tallenne
