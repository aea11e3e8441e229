#pragma once

#include <QCoreApplication>

class QWidget;

namespace tallenne {

class Session;

/// File → Import: asks for the files, runs the import with a progress dialog, and shows
/// what was imported and which rows were refused (file, line, reason).
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    static void importAsterisk(Session& session, QWidget* parent);
    static void importChats(Session& session, QWidget* parent);
};

} // namespace tallenne
