#pragma once

#include <QObject>

class QApplication;

namespace tallenne {

/// Gives the keyboard back to the window a dialog came from once the dialog closes: the
/// purpose dialog, a tag dialog, a question. Where no window manager runs (a bare X server,
/// a kiosk session), nothing else does, and the key pressed next (Space to play) went
/// nowhere. The request is made again a moment later: the X server ignores the first when it
/// carries the time of the key that closed the dialog (see MainWindow::takeKeyboard()).
class DialogFocus : public QObject
{
    Q_OBJECT
public:
    /// Installs one watcher on the application (again: nothing more happens).
    static void install(QApplication* app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace tallenne
