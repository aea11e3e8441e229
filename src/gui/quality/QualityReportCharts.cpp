#include "gui/quality/QualityReportCharts.h"

#include "services/quality/QualityReportService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace tallenne {

namespace {

// Empties the chart: its series and axes are deleted, not only detached.
void clear(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

/// Categories read in full: never cut to "Ai…", and upright when there are too many to fit side
/// by side (Qt Charts leaves out a label that overlaps its neighbour, as slanted ones do).
QBarCategoryAxis* categoryAxis(const QStringList& names, const QString& title)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setTitleText(title);
    axis->setTruncateLabels(false);
    qsizetype longest = 0;
    for (const QString& name : names)
        longest = std::max(longest, name.size());
    if (names.size() * std::max<qsizetype>(longest, 4) > 48)
        axis->setLabelsAngle(-90);
    return axis;
}

} // namespace

void QualityReportCharts::fillTrend(QChart* chart, const QualityReport& report)
{
    clear(chart);
    chart->setLocale(QLocale());     // the console's language, not the system's
    chart->setLocalizeNumbers(true); // "83,9" in Finnish, as the tables write it
    chart->setTitle(tr("Average score and critical failures per period"));
    QStringList periods;
    for (const TrendPoint& p : report.trend)
        periods << p.scores.name;
    QBarCategoryAxis* x =
        categoryAxis(periods, report.spec.period == ReportPeriod::Week ? tr("Week") : tr("Month"));
    QValueAxis* y = percentAxis(tr("Per cent"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Bars under the lines: the share of evaluations per period with a critical failure.
    auto* failures = new QBarSeries;
    failures->setObjectName(QStringLiteral("criticalFailureSeries"));
    auto* failureSet = new QBarSet(tr("Critical failures (%)"));
    failureSet->setColor(QColor(0xd9, 0x53, 0x4f, 0xb0));
    for (const TrendPoint& p : report.trend)
        *failureSet << p.scores.criticalFailureRate().value_or(0.0);
    failures->append(failureSet);
    chart->addSeries(failures);
    failures->attachAxis(x);
    failures->attachAxis(y);

    // A period without evaluations has no point: the line joins the periods that have one.
    const auto line = [&](const QString& name, const QList<TrendPoint>& points) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        for (int i = 0; i < points.size(); ++i) {
            if (points.at(i).scores.average)
                series->append(i, *points.at(i).scores.average);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        return series;
    };
    QLineSeries* average = line(tr("Average score (%)"), report.trend);
    average->setObjectName(QStringLiteral("averageSeries"));
    QPen pen = average->pen();
    pen.setWidth(3);
    average->setPen(pen);
    if (report.agentTrends.size() >= 2 && report.agentTrends.size() <= MaxAgentLines) {
        for (const auto& [agent, points] : report.agentTrends) {
            QLineSeries* series = line(agent, points);
            series->setObjectName(QStringLiteral("agentSeries"));
            QPen dashed = series->pen();
            dashed.setWidth(1);
            dashed.setStyle(Qt::DashLine);
            series->setPen(dashed);
        }
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void QualityReportCharts::fillAgents(QChart* chart, const QualityReport& report)
{
    clear(chart);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(tr("Average score per agent"));
    QStringList agents;
    auto* set = new QBarSet(tr("Average score (%)"));
    // Qt Charts draws the first category at the bottom: the agents go in from the last, so the
    // chart reads top down in the table's order.
    for (auto g = report.byAgent.crbegin(); g != report.byAgent.crend(); ++g) {
        agents << g->name;
        *set << g->average.value_or(0.0);
    }
    // Bars across, one agent per row: a name reads whole, however many agents there are.
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("agentAverageSeries"));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* names = new QBarCategoryAxis;
    names->append(agents);
    names->setTitleText(tr("Agent"));
    names->setTruncateLabels(false);
    QValueAxis* scores = percentAxis(tr("Average score (%)"));
    chart->addAxis(scores, Qt::AlignBottom);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(scores);
    series->attachAxis(names);
    chart->legend()->setVisible(false);
}

QImage QualityReportCharts::render(const std::function<void(QChart*)>& fill, QSize size)
{
    // A chart of its own in a scene of its own: the size is the image's, not a view's.
    QGraphicsScene scene;
    auto* chart = new QChart;
    scene.addItem(chart); // the scene owns it
    fill(chart);
    // Laid out at two thirds of the image and drawn scaled up: the words stay legible when the
    // image is printed at the width of a page.
    const QRectF laidOut(QPointF(0, 0), QSizeF(size) * 2.0 / 3.0);
    chart->setGeometry(laidOut);
    if (chart->layout())
        chart->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), laidOut);
    painter.end();
    return image;
}

} // namespace tallenne
