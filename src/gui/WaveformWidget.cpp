#include "gui/WaveformWidget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tallenne {

namespace {
constexpr int MinLabelWidth = 48; // the lanes' names go left of them
constexpr int RulerHeight = 16;
constexpr int AxisHeight = 18;
constexpr int TickGapPx = 24; // at least this between two tick labels
constexpr int DragThreshold = 4;
} // namespace

WaveformWidget::WaveformWidget(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // the time under the pointer
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Waveform"));
}

void WaveformWidget::changeEvent(QEvent* event)
{
    // Its name for a screen reader; the lanes and the axis are painted in the language anew.
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Waveform"));
    QWidget::changeEvent(event);
}

QSize WaveformWidget::sizeHint() const
{
    return {600, 176};
}

QSize WaveformWidget::minimumSizeHint() const
{
    return {200, 80};
}

void WaveformWidget::setPeaks(const WaveformPeaks& peaks)
{
    m_peaks = peaks;
    if (peaks.durationMs > 0)
        m_durationMs = peaks.durationMs;
    update();
}

void WaveformWidget::setDurationMs(qint64 durationMs)
{
    m_durationMs = std::max<qint64>(0, durationMs);
    update();
}

void WaveformWidget::clear()
{
    m_peaks = {};
    m_durationMs = 0;
    m_positionMs = 0;
    m_tags.clear();
    m_selectionStart = m_selectionEnd = -1;
    m_loop.reset();
    m_skipped.clear();
    m_hoverMs = -1;
    update();
}

void WaveformWidget::setLoopRange(std::optional<std::pair<qint64, qint64>> range)
{
    m_loop = range;
    update();
}

void WaveformWidget::setSkippedRanges(const QList<std::pair<qint64, qint64>>& ranges)
{
    m_skipped = ranges;
    update();
}

QString WaveformWidget::timeText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

qint64 WaveformWidget::tickIntervalMs() const
{
    const int width = plotRect().width();
    if (m_durationMs <= 0 || width <= 0)
        return 0;
    // The label of the longest time, and room between two: the ticks are the nearest
    // "round" interval that leaves that much.
    const int labelPx = fontMetrics().horizontalAdvance(timeText(m_durationMs)) + TickGapPx;
    static constexpr qint64 Steps[] = {1000,   2000,   5000,   10000,  15000,   30000,  60000,
                                       120000, 300000, 600000, 900000, 1800000, 3600000};
    for (qint64 step : Steps) {
        if (double(step) * width / double(m_durationMs) >= labelPx)
            return step;
    }
    return Steps[std::size(Steps) - 1] *
           ((m_durationMs * labelPx / width) / Steps[std::size(Steps) - 1] + 1);
}

QList<qint64> WaveformWidget::tickTimes() const
{
    QList<qint64> out;
    const qint64 step = tickIntervalMs();
    if (step <= 0)
        return out;
    for (qint64 t = 0; t <= m_durationMs; t += step)
        out.append(t);
    return out;
}

void WaveformWidget::setPosition(qint64 ms)
{
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

void WaveformWidget::setTags(const QList<TagRange>& tags)
{
    m_tags = tags;
    update();
}

void WaveformWidget::setPins(const QList<Pin>& pins)
{
    m_pins = pins;
    update();
}

void WaveformWidget::setSelection(qint64 startMs, qint64 endMs)
{
    m_selectionStart = std::min(startMs, endMs);
    m_selectionEnd = std::max(startMs, endMs);
    update();
    emit selectionChanged(m_selectionStart, m_selectionEnd);
}

void WaveformWidget::clearSelection()
{
    m_selectionStart = m_selectionEnd = -1;
    update();
}

void WaveformWidget::markSelectionStart()
{
    const qint64 end = m_selectionEnd > m_positionMs ? m_selectionEnd : m_positionMs;
    setSelection(m_positionMs, end);
}

void WaveformWidget::markSelectionEnd()
{
    const qint64 start =
        m_selectionStart >= 0 && m_selectionStart < m_positionMs ? m_selectionStart : m_positionMs;
    setSelection(start, m_positionMs);
}

std::optional<std::pair<qint64, qint64>> WaveformWidget::selection() const
{
    if (m_selectionStart < 0 || m_selectionEnd <= m_selectionStart)
        return std::nullopt;
    return std::make_pair(m_selectionStart, m_selectionEnd);
}

QStringList WaveformWidget::laneLabels() const
{
    if (m_peaks.channels == 2)
        return {tr("Agent"), tr("Customer")};
    if (m_peaks.channels == 1)
        return {tr("Call")};
    return {};
}

int WaveformWidget::labelWidth() const
{
    // As wide as the longest lane name in the current language ("Asiakaspalvelija"), so no
    // name is cut.
    int widest = 0;
    for (const QString& label : laneLabels())
        widest = std::max(widest, fontMetrics().horizontalAdvance(label));
    return std::max(MinLabelWidth, widest + 12);
}

QRect WaveformWidget::plotRect() const
{
    return rect().adjusted(labelWidth(), RulerHeight, -4, -(AxisHeight + 2));
}

int WaveformWidget::xForMs(qint64 ms) const
{
    const QRect plot = plotRect();
    if (m_durationMs <= 0)
        return plot.left();
    return plot.left() + int(std::clamp<qint64>(ms, 0, m_durationMs) * plot.width() / m_durationMs);
}

qint64 WaveformWidget::msForX(int x) const
{
    const QRect plot = plotRect();
    if (plot.width() <= 0)
        return 0;
    const int dx = std::clamp(x - plot.left(), 0, plot.width());
    return qint64(dx) * m_durationMs / plot.width();
}

void WaveformWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRect plot = plotRect();

    // Tagged ranges behind everything, translucent, with their labels in the ruler.
    const QColor tagColor(255, 170, 0, 70);
    for (const TagRange& t : m_tags) {
        const int x0 = xForMs(t.startMs);
        const int x1 = std::max(x0 + 2, xForMs(t.endMs));
        p.fillRect(QRect(x0, plot.top(), x1 - x0, plot.height()), tagColor);
        p.setPen(QColor(200, 120, 0));
        p.drawLine(x0, plot.top(), x0, plot.bottom());
        p.drawText(QRect(x0 + 2, 0, std::max(120, x1 - x0), RulerHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    // Pinned comments: a blue flag in the ruler and a dashed line through the waveform.
    const QColor pinColor(21, 101, 192);
    for (const Pin& pin : m_pins) {
        if (m_durationMs <= 0 || pin.ms < 0 || pin.ms > m_durationMs)
            continue;
        const int x = xForMs(pin.ms);
        p.setPen(QPen(pinColor, 1, Qt::DashLine));
        p.drawLine(x, plot.top(), x, plot.bottom());
        const QPolygon flag{QPoint(x, 1), QPoint(x + 7, 4), QPoint(x, 8)};
        p.setPen(pinColor);
        p.setBrush(pinColor);
        p.drawPolygon(flag);
        p.setBrush(Qt::NoBrush);
        const QString label = p.fontMetrics().elidedText(pin.label, Qt::ElideRight, 140);
        p.drawText(QRect(x + 9, 0, 140, RulerHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    // Skipped silences dimmed, the loop outlined.
    QColor skipColor = pal.color(QPalette::Mid);
    skipColor.setAlpha(90);
    for (const auto& [start, end] : m_skipped) {
        const int x0 = xForMs(start);
        p.fillRect(QRect(x0, plot.top(), std::max(1, xForMs(end) - x0), plot.height()), skipColor);
    }
    if (m_loop) {
        const int x0 = xForMs(m_loop->first);
        const int x1 = xForMs(m_loop->second);
        p.fillRect(QRect(x0, plot.top(), std::max(1, x1 - x0), plot.height()),
                   QColor(120, 60, 200, 40));
        p.setPen(QPen(QColor(120, 60, 200), 2));
        p.drawLine(x0, plot.top(), x0, plot.bottom());
        p.drawLine(x1, plot.top(), x1, plot.bottom());
    }
    if (const auto sel = selection()) {
        const int x0 = xForMs(sel->first);
        const int x1 = xForMs(sel->second);
        QColor c = pal.color(QPalette::Highlight);
        c.setAlpha(80);
        p.fillRect(QRect(x0, plot.top(), std::max(1, x1 - x0), plot.height()), c);
    }

    const QStringList labels = laneLabels();
    const int lanes = std::max<int>(1, int(labels.size()));
    const int laneHeight = plot.height() / lanes;
    const QList<QColor> laneColors = {QColor(30, 110, 200), QColor(30, 150, 90)};
    for (int lane = 0; lane < m_peaks.channels && lane < lanes; ++lane) {
        const QRect r(plot.left(), plot.top() + lane * laneHeight, plot.width(), laneHeight);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, r.top(), labelWidth() - 8, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, labels.value(lane));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(r.left(), r.center().y(), r.right(), r.center().y());
        p.setPen(laneColors.value(lane % 2));
        const QList<float>& peaks = m_peaks.peaks.at(lane);
        const int half = r.height() / 2 - 1;
        for (int x = 0; x < r.width(); ++x) {
            // Each pixel column shows the largest peak of the buckets it covers.
            const qsizetype b0 = qsizetype(x) * peaks.size() / r.width();
            const qsizetype b1 = std::max(b0 + 1, qsizetype(x + 1) * peaks.size() / r.width());
            float v = 0;
            for (qsizetype b = b0; b < b1 && b < peaks.size(); ++b)
                v = std::max(v, peaks.at(b));
            const int h = int(v * half);
            p.drawLine(r.left() + x, r.center().y() - h, r.left() + x, r.center().y() + h);
        }
    }
    if (m_peaks.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter,
                   m_durationMs > 0 ? tr("Reading the waveform…") : QString());
    }

    // The time axis under the lanes.
    const QRect axis(plot.left(), plot.bottom() + 1, plot.width(), AxisHeight);
    p.setPen(pal.color(QPalette::Text));
    p.drawLine(axis.left(), axis.top(), axis.right(), axis.top());
    for (qint64 t : tickTimes()) {
        const int x = xForMs(t);
        p.drawLine(x, axis.top(), x, axis.top() + 4);
        const QString text = timeText(t);
        const int w = fontMetrics().horizontalAdvance(text);
        // Kept inside the widget: the last label ends at the right edge.
        const int left = std::clamp(x - w / 2, axis.left() - labelWidth() / 2, width() - w - 1);
        p.drawText(QRect(left, axis.top() + 4, w, AxisHeight - 4), Qt::AlignCenter, text);
    }

    if (m_durationMs > 0) {
        const int x = xForMs(m_positionMs);
        p.setPen(QPen(QColor(220, 30, 30), 2));
        p.drawLine(x, plot.top() - 4, x, plot.bottom());
    }
    if (m_hoverMs >= 0 && m_durationMs > 0) {
        // The time under the pointer, in a box on the axis.
        const int x = xForMs(m_hoverMs);
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
        p.drawLine(x, plot.top(), x, plot.bottom());
        const QString text = timeText(m_hoverMs);
        const int w = fontMetrics().horizontalAdvance(text) + 8;
        const QRect box(std::clamp(x - w / 2, 0, width() - w), axis.top() + 1, w, AxisHeight - 1);
        p.fillRect(box, pal.color(QPalette::ToolTipBase));
        p.setPen(pal.color(QPalette::ToolTipText));
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.drawText(box, Qt::AlignCenter, text);
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WaveformWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_durationMs <= 0)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressX = event->position().toPoint().x();
    m_dragging = false;
}

void WaveformWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int x = event->position().toPoint().x();
    const qint64 hover =
        m_durationMs > 0 && x >= plotRect().left() && x <= plotRect().right() ? msForX(x) : -1;
    if (hover != m_hoverMs) {
        m_hoverMs = hover;
        update();
    }
    if (m_pressX < 0)
        return QWidget::mouseMoveEvent(event);
    if (!m_dragging && std::abs(x - m_pressX) < DragThreshold)
        return;
    m_dragging = true;
    m_selectionStart = std::min(msForX(m_pressX), msForX(x));
    m_selectionEnd = std::max(msForX(m_pressX), msForX(x));
    update();
}

void WaveformWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressX < 0 || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int x = event->position().toPoint().x();
    if (m_dragging)
        setSelection(msForX(m_pressX), msForX(x));
    else
        emit seekRequested(msForX(x));
    m_pressX = -1;
    m_dragging = false;
}

void WaveformWidget::leaveEvent(QEvent* event)
{
    m_hoverMs = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace tallenne
