#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "tallenne.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "tallenne.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "tallenne.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "tallenne.services", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "tallenne.gui", QtWarningMsg)
