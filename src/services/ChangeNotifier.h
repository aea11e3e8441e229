#pragma once

#include <QObject>

namespace tallenne {

/// Tells the views of one session that what they show has changed, so that they reload at
/// once instead of polling. The services emit after their transaction committed; a view
/// connects to the signals it shows (Session::changes()).
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /// A tag was added, changed or deleted (callId 0: several calls), or a label changed.
    void tagsChanged(qint64 callId);
    /// A playlist was created, renamed or deleted, or its clips changed (0: several).
    void playlistsChanged(qint64 playlistId);
};

} // namespace tallenne
