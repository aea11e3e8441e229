#include "gui/SplitterLayout.h"

#include <QEvent>
#include <QPointer>
#include <QSplitter>
#include <QTimer>

namespace tallenne {

namespace {

const char* const restoredProperty = "tallenneLayoutRestored";
const char* const shownProperty = "tallennePageShown";
const char* const pendingName = "tallennePendingSizes";

QList<QSplitter*> splittersOf(QWidget* page)
{
    QList<QSplitter*> all;
    if (auto* self = qobject_cast<QSplitter*>(page))
        all.append(self);
    all.append(page->findChildren<QSplitter*>());
    return all;
}

int roomOf(const QSplitter* splitter)
{
    const QRect r = splitter->contentsRect();
    return splitter->orientation() == Qt::Horizontal ? r.width() : r.height();
}

int roomFor(const QSplitter* splitter, const QList<int>& sizes)
{
    int room = 0;
    int shown = 0;
    for (int i = 0; i < sizes.size() && i < splitter->count(); ++i) {
        if (splitter->widget(i)->isHidden())
            continue;
        room += sizes.at(i);
        // A handle sits before every shown part but the first.
        if (shown++ > 0)
            room += splitter->handleWidth();
    }
    return room;
}

// Waits on one splitter until it has the room it had when saved, then sets its sizes. It
// gives up when the user drags the splitter (their layout wins) or the splitter goes.
class PendingSizes : public QObject
{
public:
    PendingSizes(QSplitter* splitter, QList<int> sizes)
        : QObject(splitter), m_splitter(splitter), m_sizes(std::move(sizes))
    {
        setObjectName(QString::fromLatin1(pendingName));
        splitter->installEventFilter(this);
        connect(splitter, &QSplitter::splitterMoved, this, [this] {
            if (!m_applying)
                deleteLater();
        });
        tryApply();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_splitter &&
            (event->type() == QEvent::Resize || event->type() == QEvent::Show ||
             event->type() == QEvent::LayoutRequest))
            // After the splitter's own handling of the event.
            QTimer::singleShot(0, this, &PendingSizes::tryApply);
        return QObject::eventFilter(watched, event);
    }

private:
    void tryApply()
    {
        if (!m_splitter || !m_splitter->isVisible())
            return;
        if (roomOf(m_splitter) != roomFor(m_splitter, m_sizes)) {
            // The window was resized meanwhile: the saved sizes, spread over the room there
            // is, once the page has had its layout.
            if (!m_fallback) {
                m_fallback = true;
                QTimer::singleShot(1000, this, [this] {
                    if (m_splitter && !m_settling)
                        m_splitter->setSizes(m_sizes);
                    deleteLater();
                });
            }
            return;
        }
        m_applying = true;
        m_splitter->setSizes(m_sizes);
        m_applying = false;
        // Kept while the page settles (a player that opens its call asks for more room, a
        // late layout pass): any change of room before then is put right again.
        if (m_splitter->sizes() == m_sizes && !m_settling) {
            m_settling = true;
            QTimer::singleShot(1500, this, [this] { deleteLater(); });
        }
    }

    QPointer<QSplitter> m_splitter;
    QList<int> m_sizes;
    bool m_applying = false;
    bool m_settling = false;
    bool m_fallback = false;
};

} // namespace

void SplitterLayout::markShown(QWidget* page)
{
    if (page)
        page->setProperty(shownProperty, true);
}

QVariantList SplitterLayout::save(QWidget* page)
{
    QVariantList saved;
    if (!page || (!page->isVisible() && !page->property(shownProperty).toBool()))
        return saved;
    for (QSplitter* splitter : splittersOf(page)) {
        QVariantList sizes;
        for (int size : splitter->sizes())
            sizes.append(size);
        saved.append(QVariantMap{{QStringLiteral("name"), splitter->objectName()},
                                 {QStringLiteral("orientation"), int(splitter->orientation())},
                                 {QStringLiteral("sizes"), sizes}});
    }
    return saved;
}

void SplitterLayout::restore(QWidget* page, const QVariantList& saved)
{
    if (!page || saved.isEmpty())
        return;
    const QList<QSplitter*> splitters = splittersOf(page);
    if (splitters.size() != saved.size())
        return;
    for (qsizetype i = 0; i < splitters.size(); ++i) {
        const QVariantMap one = saved.at(i).toMap();
        if (one.value(QStringLiteral("name")).toString() != splitters.at(i)->objectName())
            return;
    }
    for (qsizetype i = 0; i < splitters.size(); ++i) {
        QSplitter* splitter = splitters.at(i);
        const QVariantMap one = saved.at(i).toMap();
        QList<int> sizes;
        for (const QVariant& size : one.value(QStringLiteral("sizes")).toList())
            sizes.append(size.toInt());
        if (sizes.size() != splitter->count())
            continue;
        splitter->setProperty(restoredProperty, true);
        splitter->setOrientation(Qt::Orientation(one.value(QStringLiteral("orientation")).toInt()));
        // Outermost first: an outer splitter's sizes give the inner ones their room.
        for (QObject* old : splitter->findChildren<QObject*>(QString::fromLatin1(pendingName),
                                                             Qt::FindDirectChildrenOnly))
            delete old;
        new PendingSizes(splitter, sizes);
    }
}

bool SplitterLayout::isRestored(const QSplitter* splitter)
{
    return splitter && splitter->property(restoredProperty).toBool();
}

} // namespace tallenne
