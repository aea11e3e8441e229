#pragma once

#include <functional>

class QLineEdit;
class QObject;

namespace tallenne {

/// A filter's text field with a clear (×) button applies its filter when it is emptied, by
/// that button or by deleting what was typed: the list never shows the old value's rows under
/// an empty field. (Text typed waits for Enter or Apply, as each page decides.)
void applyWhenCleared(QLineEdit* field, QObject* context, std::function<void()> apply);

} // namespace tallenne
