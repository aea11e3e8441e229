#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include <functional>

class QChart;

namespace tallenne {

struct QualityReport;

/// The quality report's two charts, drawn the same on screen, in the PDF and on paper: the
/// trend (average score per period as a line, the critical-failure rate per period as bars,
/// and a line per agent when there are two to MaxAgentLines of them) and the average score
/// per agent as bars. Both on a 0–100 % axis.
class QualityReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(QualityReportCharts)

public:
    /// More agents than this and the trend shows only the whole team's line (the bar chart
    /// has every agent).
    static constexpr int MaxAgentLines = 5;
    /// The size of a chart rendered for the PDF and print, whatever the window's size.
    static constexpr QSize ImageSize{1200, 600};

    /// Replaces what `chart` shows with the report's trend.
    static void fillTrend(QChart* chart, const QualityReport& report);
    /// Replaces what `chart` shows with the report's average score per agent.
    static void fillAgents(QChart* chart, const QualityReport& report);
    /// A chart made by `fill` drawn at `size` on white, independent of any view.
    [[nodiscard]] static QImage render(const std::function<void(QChart*)>& fill,
                                       QSize size = ImageSize);
};

} // namespace tallenne
