#include "gui/quality/QualityReportPanel.h"

#include "core/Interaction.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tallenne {

QualityReportPanel::QualityReportPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    // Placeholder until the panel is built.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("QualityReportPanel"), this));
}

QualityReportPanel::~QualityReportPanel() = default;

} // namespace tallenne
