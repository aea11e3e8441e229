#include "gui/ImportRunner.h"

#include "services/ImportService.h"
#include "services/Session.h"

#include <QApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace tallenne {

namespace {

// Runs `work` with a modal progress dialog that the import's progress callback moves on.
// The import runs on the GUI thread (its database connection lives there); the callback
// lets the window repaint between batches.
template <typename Work>
std::optional<ImportReport> withProgress(QWidget* parent, const QString& title, Work work,
                                         Error* error)
{
    QProgressDialog progress(title, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr); // batches commit as they go; stopping midway is a kill
    progress.show();
    QApplication::processEvents();
    const QLocale locale;
    const auto onProgress = [&](const ImportProgress& p) {
        if (p.bytesTotal > 0) {
            progress.setMaximum(1000);
            progress.setValue(int(p.bytesDone * 1000 / p.bytesTotal));
        }
        progress.setLabelText(
            ImportRunner::tr("%1\n%2 rows, %3 rows per second")
                .arg(title, locale.toString(p.rowsDone), locale.toString(qRound(p.rowsPerSecond))));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    return work(onProgress, error);
}

void showReport(QWidget* parent, const std::optional<ImportReport>& report, const Error& error)
{
    if (!report) {
        QMessageBox::warning(parent, ImportRunner::tr("Import failed"), error.message);
        return;
    }
    const QLocale locale;
    QString text =
        ImportRunner::tr("Imported: %1\nAlready in the register: %2\nRecordings attached: %3\n"
                         "Refused rows: %4")
            .arg(locale.toString(report->imported), locale.toString(report->skipped),
                 locale.toString(report->recordings), locale.toString(report->rejections.size()));
    if (report->strictAborted)
        text +=
            QLatin1Char('\n') + ImportRunner::tr("Nothing was written: the file had a bad row.");
    QStringList details;
    for (const ImportRejection& r : report->rejections)
        details << QStringLiteral("%1:%2: %3").arg(r.file).arg(r.line).arg(r.reason);
    QMessageBox box(report->rejections.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    ImportRunner::tr("Import finished"), text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace

void ImportRunner::importAsterisk(Session& session, QWidget* parent)
{
    AsteriskImportOptions options;
    options.cdrPath =
        QFileDialog::getOpenFileName(parent, tr("Asterisk call records (Master.csv)"), QString(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (options.cdrPath.isEmpty())
        return;
    if (QMessageBox::question(parent, tr("Recordings"),
                              tr("Are there recordings to attach? Choose their folder next.")) ==
        QMessageBox::Yes)
        options.recordingsDir =
            QFileDialog::getExistingDirectory(parent, tr("Folder of the recordings"));
    Error error;
    const auto report = withProgress(
        parent, tr("Importing calls…"),
        [&](const ImportProgressCallback& progress, Error* e) {
            return ImportService(session).importAsterisk(options, progress, e);
        },
        &error);
    showReport(parent, report, error);
}

void ImportRunner::importChats(Session& session, QWidget* parent)
{
    ChatImportOptions options;
    options.path = QFileDialog::getOpenFileName(parent, tr("Chats (JSON Lines)"), QString(),
                                                tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    if (options.path.isEmpty())
        return;
    Error error;
    const auto report = withProgress(
        parent, tr("Importing chats…"),
        [&](const ImportProgressCallback& progress, Error* e) {
            return ImportService(session).importChats(options, progress, e);
        },
        &error);
    showReport(parent, report, error);
}

} // namespace tallenne
