#include "gui/quality/QualityPage.h"

#include "core/Interaction.h"
#include "gui/quality/CalibrationPanel.h"
#include "gui/quality/EvaluationPanel.h"
#include "gui/quality/QualityReportPanel.h"
#include "gui/quality/SamplePanel.h"
#include "gui/quality/ScorecardPanel.h"

#include <QEvent>

namespace tallenne {

QualityPage::QualityPage(Session& session, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("qualityTabs"));
    m_evaluation = new EvaluationPanel(session, this);
    m_evaluation->setObjectName(QStringLiteral("evaluationPanel"));
    m_samples = new SamplePanel(session, this);
    m_samples->setObjectName(QStringLiteral("samplePanel"));
    m_calibration = new CalibrationPanel(session, this);
    m_calibration->setObjectName(QStringLiteral("calibrationPanel"));
    m_scorecards = new ScorecardPanel(session, this);
    m_scorecards->setObjectName(QStringLiteral("scorecardPanel"));
    m_reports = new QualityReportPanel(session, this);
    m_reports->setObjectName(QStringLiteral("qualityReportPanel"));
    addTab(m_evaluation, QString());
    addTab(m_samples, QString());
    addTab(m_calibration, QString());
    addTab(m_scorecards, QString());
    addTab(m_reports, QString());
    retranslate();

    connect(m_evaluation, &EvaluationPanel::errorOccurred, this, &QualityPage::errorOccurred);
    connect(m_samples, &SamplePanel::errorOccurred, this, &QualityPage::errorOccurred);
    connect(m_calibration, &CalibrationPanel::errorOccurred, this, &QualityPage::errorOccurred);
    connect(m_scorecards, &ScorecardPanel::errorOccurred, this, &QualityPage::errorOccurred);
    connect(m_reports, &QualityReportPanel::errorOccurred, this, &QualityPage::errorOccurred);
    connect(m_samples, &SamplePanel::evaluateRequested, this, &QualityPage::evaluate);
    connect(m_samples, &SamplePanel::openEvaluationRequested, this, &QualityPage::showEvaluation);
    connect(m_samples, &SamplePanel::calibrateRequested, this, [this](const Interaction& target) {
        setCurrentWidget(m_calibration);
        m_calibration->newCalibration(target);
    });
    m_calibration->setPresetSource(
        [this] { return m_evaluation->target().value_or(Interaction{}); });
    connect(m_calibration, &CalibrationPanel::openEvaluationRequested, this,
            &QualityPage::showEvaluation);
    connect(m_reports, &QualityReportPanel::openEvaluationRequested, this,
            &QualityPage::showEvaluation);
}

void QualityPage::evaluate(const Interaction& target)
{
    setCurrentWidget(m_evaluation);
    m_evaluation->openInteraction(target);
}

void QualityPage::showEvaluation(qint64 evaluationId)
{
    setCurrentWidget(m_evaluation);
    m_evaluation->openEvaluation(evaluationId);
}

QVariantMap QualityPage::sessionState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("tab"), currentIndex());
    state.insert(QStringLiteral("scorecards"), m_scorecards->sessionState());
    state.insert(QStringLiteral("report"), m_reports->sessionState());
    if (m_evaluation->evaluationId() > 0)
        state.insert(QStringLiteral("evaluation"), m_evaluation->evaluationId());
    else if (const auto target = m_evaluation->target())
        state.insert(QStringLiteral("target"), target->object());
    return state;
}

void QualityPage::restoreSessionState(const QVariantMap& state)
{
    m_scorecards->restoreSessionState(state.value(QStringLiteral("scorecards")).toMap());
    m_reports->restoreSessionState(state.value(QStringLiteral("report")).toMap());
    if (const qint64 id = state.value(QStringLiteral("evaluation")).toLongLong(); id > 0)
        m_evaluation->openEvaluation(id);
    else if (const auto target =
                 Interaction::fromObject(state.value(QStringLiteral("target")).toString()))
        m_evaluation->openInteraction(*target);
    if (state.contains(QStringLiteral("tab")))
        setCurrentIndex(state.value(QStringLiteral("tab")).toInt());
}

void QualityPage::retranslate()
{
    setTabText(indexOf(m_evaluation), tr("Evaluate"));
    setTabText(indexOf(m_samples), tr("Sampling queue"));
    setTabText(indexOf(m_calibration), tr("Calibration"));
    setTabText(indexOf(m_scorecards), tr("Scorecards"));
    setTabText(indexOf(m_reports), tr("Reports"));
}

void QualityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

} // namespace tallenne
