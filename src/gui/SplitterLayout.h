#pragma once

#include <QList>
#include <QVariant>

class QSplitter;
class QWidget;

namespace tallenne {

/// Every splitter of a page, kept over a lock and given back exactly: the orientation and the
/// size of each part, in pixels. A page rebuilt after the unlock has its sizes only once the
/// window has laid it out (a hidden page: once it is shown), and sizes set before that were
/// spread over a page of another size: the details beside the player shrank, dates wrapped
/// and rows were cut. So each splitter takes its sizes when it has the same room as before.
class SplitterLayout
{
public:
    /// A page once shown has sizes worth keeping; one never shown has none yet.
    static void markShown(QWidget* page);
    /// The page's splitters (the page itself included), outermost first; nothing for a page
    /// never shown.
    [[nodiscard]] static QVariantList save(QWidget* page);
    /// Gives each splitter its saved layout: at once if it has its room, else when it gets it.
    /// A page built differently (another number of splitters) is left as it is.
    static void restore(QWidget* page, const QVariantList& saved);
    /// Whether a layout was given back to this splitter (a page then fits no layout of its own).
    [[nodiscard]] static bool isRestored(const QSplitter* splitter);
};

} // namespace tallenne
