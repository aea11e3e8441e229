#pragma once

#include "services/quality/QualityReportService.h"

#include <QVariantMap>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace tallenne {

class Session;
class StatusLabel;

/// Quality reports for quality managers and trainers: a range, a period (week or month), an
/// agent and a queue chosen, then Show (or Enter) gives the summary, the trend chart, the
/// average per agent as bars, tables by agent and queue, the criteria most often missed and
/// the evaluations (Enter or a double click opens one). Exported to CSV and PDF and printed
/// with the charts drawn at a fixed size. The report shown is made again when an evaluation
/// changes (Change::Quality). Nothing is read (each report is audited) before the panel is
/// first shown.
class QualityReportPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QualityReportPanel(Session& session, QWidget* parent = nullptr);
    ~QualityReportPanel() override;

    /// Makes the report the fields choose (audited); false with the reason shown.
    bool showReport();
    /// Writes the report shown to `path` as CSV / PDF (the file dialogs' work, without the
    /// dialog); false with the reason shown.
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);
    /// The report shown, if any.
    [[nodiscard]] const std::optional<QualityReport>& report() const { return m_report; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString statusText() const;
    /// The choices (days, period, agent, queue) and whether a report was shown, kept in memory
    /// across the idle lock; restoreSessionState() shows that report again when it was.
    [[nodiscard]] QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap& state);

signals:
    void errorOccurred(const QString& message);
    void openEvaluationRequested(qint64 evaluationId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildForm();
    void retranslate();
    /// Makes the report of `spec` and shows it (or the reason it could not be made).
    bool build(const ReportSpec& spec);
    void showCurrent();
    void fillChoices();
    void fillTables();
    void askExport(bool pdf);
    void print();
    void fail(const QString& message);
    [[nodiscard]] QList<std::pair<QString, QImage>> chartImages() const;
    [[nodiscard]] ReportSpec specFromForm() const;

    Session& m_session;
    std::optional<QualityReport> m_report;
    bool m_started = false; ///< a report was asked for (shown, or Show pressed)
    bool m_stale = false;   ///< the register changed while the panel was hidden

    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QLabel* m_periodLabel = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QLabel* m_agentLabel = nullptr;
    QComboBox* m_agentCombo = nullptr;
    QLabel* m_queueLabel = nullptr;
    QComboBox* m_queueCombo = nullptr;
    QPushButton* m_showButton = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QChartView* m_trendView = nullptr;
    QChartView* m_agentView = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    QTableWidget* m_agentTable = nullptr;
    QTableWidget* m_queueTable = nullptr;
    QTableWidget* m_periodTable = nullptr;
    QTableWidget* m_missedTable = nullptr;
    QTableWidget* m_evaluationTable = nullptr;
    StatusLabel* m_statusLabel = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace tallenne
