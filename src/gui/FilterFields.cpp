#include "gui/FilterFields.h"

#include <QLineEdit>

namespace tallenne {

void applyWhenCleared(QLineEdit* field, QObject* context, std::function<void()> apply)
{
    // textEdited: the user's own change (the clear button sends it too), not a restored or
    // reset value, which the page applies itself.
    QObject::connect(field, &QLineEdit::textEdited, context,
                     [apply = std::move(apply)](const QString& text) {
                         if (text.isEmpty())
                             apply();
                     });
}

} // namespace tallenne
