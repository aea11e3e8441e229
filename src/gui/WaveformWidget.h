#pragma once

#include "services/audio/WaveformAnalyzer.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>
#include <utility>

namespace tallenne {

/// Draws a recording's peaks as one lane per channel ("Agent" and "Customer" for stereo), the
/// playhead, tagged ranges with their labels, the current selection, the loop and the skipped
/// silences, over a time axis whose ticks (m:ss) are as far apart as the duration and the
/// width allow. The time under the pointer is drawn while it hovers. A click seeks, a drag
/// selects a range (for tagging); `[` and `]` set the selection's start and end at the
/// playhead (PlayerPanel binds them, so they work wherever the focus is in the panel).
class WaveformWidget : public QWidget
{
    Q_OBJECT

public:
    struct TagRange
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString label;
    };

    /// A comment pinned to a moment (an evaluation's): a flag at the moment, its label in the
    /// ruler.
    struct Pin
    {
        qint64 ms = 0;
        QString label;
    };

    explicit WaveformWidget(QWidget* parent = nullptr);

    void setPeaks(const WaveformPeaks& peaks);
    void setDurationMs(qint64 durationMs);
    void clear();
    void setPosition(qint64 ms);
    void setTags(const QList<TagRange>& tags);
    /// Kept when another call is opened: whoever sets them keeps them current.
    void setPins(const QList<Pin>& pins);
    [[nodiscard]] const QList<Pin>& pins() const { return m_pins; }
    void setSelection(qint64 startMs, qint64 endMs);
    void clearSelection();
    void markSelectionStart(); ///< at the playhead
    void markSelectionEnd();   ///< at the playhead
    /// The loop to show (none: no loop).
    void setLoopRange(std::optional<std::pair<qint64, qint64>> range);
    /// The silent stretches skipped, shown dimmed.
    void setSkippedRanges(const QList<std::pair<qint64, qint64>>& ranges);

    /// The time axis: the interval between ticks, and the times of the ticks (0 first).
    [[nodiscard]] qint64 tickIntervalMs() const;
    [[nodiscard]] QList<qint64> tickTimes() const;
    /// "m:ss", as the axis and the hover label write a time.
    [[nodiscard]] static QString timeText(qint64 ms);
    /// The time under the pointer while it hovers over the waveform, or -1.
    [[nodiscard]] qint64 hoverMs() const { return m_hoverMs; }
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> loopRange() const { return m_loop; }
    [[nodiscard]] const QList<std::pair<qint64, qint64>>& skippedRanges() const
    {
        return m_skipped;
    }

    [[nodiscard]] qint64 durationMs() const { return m_durationMs; }
    [[nodiscard]] qint64 position() const { return m_positionMs; }
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> selection() const;
    [[nodiscard]] const QList<TagRange>& tags() const { return m_tags; }
    [[nodiscard]] QStringList laneLabels() const;
    /// What is drawn; empty when no waveform could be made.
    [[nodiscard]] const WaveformPeaks& peaks() const { return m_peaks; }
    /// The x coordinate of a time, and the other way round (for tests and painting).
    [[nodiscard]] int xForMs(qint64 ms) const;
    [[nodiscard]] qint64 msForX(int x) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    void selectionChanged(qint64 startMs, qint64 endMs);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    [[nodiscard]] QRect plotRect() const;
    /// The width left of the lanes for their names.
    [[nodiscard]] int labelWidth() const;

    WaveformPeaks m_peaks;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QList<TagRange> m_tags;
    QList<Pin> m_pins;
    qint64 m_selectionStart = -1;
    qint64 m_selectionEnd = -1;
    int m_pressX = -1;
    bool m_dragging = false;
    qint64 m_hoverMs = -1;
    std::optional<std::pair<qint64, qint64>> m_loop;
    QList<std::pair<qint64, qint64>> m_skipped;
};

} // namespace tallenne
