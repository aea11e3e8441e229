#include "gui/ImportDialog.h"

#include "core/AsteriskCdr.h"
#include "gui/LockGate.h"
#include "services/Session.h"
#include "services/UserPreferences.h"
#include "ui_ImportDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace tallenne {

namespace {

// The filter choices of the report, in the order of the kind combo box; -1 for refused rows.
constexpr int refusedRows = -1;
const QList<int> filterKinds = {
    -2, // all
    refusedRows,
    int(ImportNote::Kind::Recording),
    int(ImportNote::Kind::Warning),
    int(ImportNote::Kind::Number),
    int(ImportNote::Kind::Text),
    int(ImportNote::Kind::Subject),
    int(ImportNote::Kind::Skipped),
};

QString kindText(int kind)
{
    switch (kind) {
    case refusedRows:
        return ImportDialog::tr("Refused");
    case int(ImportNote::Kind::Recording):
        return ImportDialog::tr("Recording");
    case int(ImportNote::Kind::Warning):
        return ImportDialog::tr("Warning");
    case int(ImportNote::Kind::Number):
        return ImportDialog::tr("Number");
    case int(ImportNote::Kind::Text):
        return ImportDialog::tr("Text");
    case int(ImportNote::Kind::Subject):
        return ImportDialog::tr("Data subject");
    case int(ImportNote::Kind::Skipped):
        return ImportDialog::tr("Already there");
    default:
        return {};
    }
}

} // namespace

ImportDialog::ImportDialog(Session& session, Kind kind, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_session(session), m_kind(kind)
{
    m_ui->setupUi(this);
    const bool asterisk = kind == Kind::Asterisk;
    const QList<QWidget*> asteriskOnly = {
        m_ui->recordingsLabel, m_ui->recordingsLineEdit, m_ui->recordingsBrowseButton,
        m_ui->layoutLabel,     m_ui->layoutComboBox,     m_ui->timeLabel,
        m_ui->zoneComboBox,    m_ui->utcCheckBox,        m_ui->regionLabel,
        m_ui->regionLineEdit};
    for (QWidget* w : asteriskOnly)
        w->setVisible(asterisk);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_ui->zoneComboBox->addItem(QString::fromLatin1(id));
    m_ui->zoneComboBox->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    m_ui->notesTableWidget->setColumnCount(3);
    m_ui->notesTableWidget->horizontalHeader()->setSectionResizeMode(0,
                                                                     QHeaderView::ResizeToContents);
    m_ui->notesTableWidget->horizontalHeader()->setSectionResizeMode(1,
                                                                     QHeaderView::ResizeToContents);
    retranslate();

    // The file dialogs run inside LockGate: a lock closes them, and what they return then
    // is not the user's choice.
    connect(m_ui->fileBrowseButton, &QPushButton::clicked, this, [this] {
        const QPointer<ImportDialog> self(this);
        const QString path = LockGate::run([this] {
            return m_kind == Kind::Asterisk
                       ? QFileDialog::getOpenFileName(
                             this, tr("Asterisk call records (Master.csv)"),
                             m_ui->fileLineEdit->text(), tr("CSV files (*.csv);;All files (*)"))
                       : QFileDialog::getOpenFileName(
                             this, tr("Chats (JSON Lines)"), m_ui->fileLineEdit->text(),
                             tr("JSON Lines (*.jsonl *.json);;All files (*)"));
        });
        if (self && !LockGate::instance().lockPending() && !path.isEmpty())
            m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->recordingsBrowseButton, &QPushButton::clicked, this, [this] {
        const QPointer<ImportDialog> self(this);
        const QString dir = LockGate::run([this] {
            return QFileDialog::getExistingDirectory(this, tr("Folder of the recordings"),
                                                     m_ui->recordingsLineEdit->text());
        });
        if (self && !LockGate::instance().lockPending() && !dir.isEmpty())
            m_ui->recordingsLineEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_ui->utcCheckBox, &QCheckBox::toggled, m_ui->zoneComboBox,
            [this](bool utc) { m_ui->zoneComboBox->setEnabled(!utc); });
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->importButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->stopButton, &QPushButton::clicked, this,
            [this] { requestStop(StopReason::User); });
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ImportDialog::fillNotes);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, [this] {
        const QPointer<ImportDialog> self(this);
        QString path = LockGate::run([this] {
            return QFileDialog::getSaveFileName(this, tr("Save the import report"), QString(),
                                                tr("Text files (*.txt)"));
        });
        if (!self || LockGate::instance().lockPending() || path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".txt");
        QString why;
        if (!saveReport(path, &why))
            m_ui->summaryLabel->setText(m_ui->summaryLabel->text() + QStringLiteral("\n") + why);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->importButton->setEnabled(false);
    m_ui->pages->setCurrentWidget(m_ui->optionsPage);
    restoreOptions();
}

QString ImportDialog::preferencesKey() const
{
    return m_kind == Kind::Asterisk ? QStringLiteral("import.asterisk")
                                    : QStringLiteral("import.chats");
}

void ImportDialog::restoreOptions()
{
    // The last run's choices, per user: a daily import needs no typing but the file.
    const QJsonObject o = UserPreferences(m_session).value(preferencesKey());
    if (o.isEmpty())
        return;
    m_ui->recordingsLineEdit->setText(o.value(QStringLiteral("recordings")).toString());
    const QString zone = o.value(QStringLiteral("zone")).toString();
    if (!zone.isEmpty())
        m_ui->zoneComboBox->setCurrentText(zone);
    m_ui->utcCheckBox->setChecked(o.value(QStringLiteral("utc")).toBool());
    m_ui->regionLineEdit->setText(o.value(QStringLiteral("region")).toString());
    const int layout = m_ui->layoutComboBox->findData(o.value(QStringLiteral("layout")).toString());
    m_ui->layoutComboBox->setCurrentIndex(std::max(0, layout));
}

void ImportDialog::saveOptions()
{
    const QJsonObject o{{QStringLiteral("recordings"), m_ui->recordingsLineEdit->text().trimmed()},
                        {QStringLiteral("zone"), m_ui->zoneComboBox->currentText().trimmed()},
                        {QStringLiteral("utc"), m_ui->utcCheckBox->isChecked()},
                        {QStringLiteral("region"), m_ui->regionLineEdit->text().trimmed()},
                        {QStringLiteral("layout"), m_ui->layoutComboBox->currentData().toString()}};
    Error ignored; // a preference not kept is no reason to stop an import
    (void)UserPreferences(m_session).setValue(preferencesKey(), o, &ignored);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    const bool asterisk = m_kind == Kind::Asterisk;
    setWindowTitle(asterisk ? tr("Import Asterisk calls") : tr("Import chats"));
    m_ui->introLabel->setText(
        asterisk ? tr("Asterisk's cdr_csv file (Master.csv, or an account's file) and, if you "
                      "have them, the folder of the recordings (MixMonitor's monitor folder; "
                      "subfolders are searched). Rows already in the register are skipped, so "
                      "the same file can be imported again as it grows.")
                 : tr("A chats file in JSON Lines, one chat per line (docs/import-formats.md). "
                      "Chats already in the register are skipped."));
    const int layout = std::max(0, m_ui->layoutComboBox->currentIndex());
    m_ui->layoutComboBox->clear();
    m_ui->layoutComboBox->addItem(tr("Tell from each row (automatic)"));
    for (const CdrLayout& l : CdrLayout::all())
        m_ui->layoutComboBox->addItem(tr("%1 columns: %2").arg(l.columns()).arg(l.name()),
                                      l.name());
    m_ui->layoutComboBox->setCurrentIndex(layout);
    m_ui->regionLineEdit->setPlaceholderText(tr("As in the register profile (FI unless set)"));
    const int kind = std::max(0, m_ui->kindComboBox->currentIndex());
    m_ui->kindComboBox->clear();
    m_ui->kindComboBox->addItem(tr("Everything"));
    for (int i = 1; i < filterKinds.size(); ++i)
        m_ui->kindComboBox->addItem(kindText(filterKinds.at(i)));
    m_ui->kindComboBox->setCurrentIndex(kind);
    m_ui->notesTableWidget->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("What")});
    if (m_report)
        showReport();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::closeEvent(QCloseEvent* event)
{
    if (m_running) {
        // Closing the window while it imports stops the import at the next row.
        requestStop(StopReason::User);
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportDialog::requestStop(StopReason reason)
{
    if (!m_running || m_stop)
        return;
    m_stop = true;
    m_stopReason = reason;
    m_ui->stopButton->setEnabled(false);
    m_ui->progressLabel->setText(reason == StopReason::Lock
                                     ? tr("The console is locking: stopping after this row…")
                                     : tr("Stopping after this row…"));
}

void ImportDialog::showOptionsMessage(const QString& text)
{
    m_ui->optionsMessageLabel->setText(text);
    m_ui->pages->setCurrentWidget(m_ui->optionsPage);
}

void ImportDialog::runImport()
{
    if (m_running)
        return;
    const QString path = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    if (!QFileInfo(path).isFile())
        return showOptionsMessage(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    AsteriskImportOptions asterisk;
    ChatImportOptions chats;
    if (m_kind == Kind::Asterisk) {
        asterisk.cdrPath = path;
        asterisk.recordingsDir =
            QDir::fromNativeSeparators(m_ui->recordingsLineEdit->text().trimmed());
        if (!asterisk.recordingsDir.isEmpty() && !QFileInfo(asterisk.recordingsDir).isDir())
            return showOptionsMessage(
                tr("There is no folder %1.").arg(QDir::toNativeSeparators(asterisk.recordingsDir)));
        if (m_ui->layoutComboBox->currentIndex() > 0)
            asterisk.layout =
                CdrLayout::fromName(m_ui->layoutComboBox->currentData().toString(), nullptr);
        asterisk.time.utc = m_ui->utcCheckBox->isChecked();
        if (!asterisk.time.utc) {
            asterisk.time.zone = QTimeZone(m_ui->zoneComboBox->currentText().trimmed().toLatin1());
            if (!asterisk.time.zone.isValid())
                return showOptionsMessage(tr("'%1' is not a time zone; choose one such as "
                                             "Europe/Helsinki.")
                                              .arg(m_ui->zoneComboBox->currentText()));
        }
        asterisk.phoneRegion = m_ui->regionLineEdit->text().trimmed().toUpper();
        if (!asterisk.phoneRegion.isEmpty() && asterisk.phoneRegion.size() != 2)
            return showOptionsMessage(tr("The region is two letters, such as FI or SE."));
        asterisk.stopRequested = [this] {
            return m_stop;
        };
    } else {
        chats.path = path;
        chats.stopRequested = [this] {
            return m_stop;
        };
    }

    saveOptions();
    m_running = true;
    m_stop = false;
    m_stopReason = StopReason::None;
    // The import is a nested event loop (processEvents between rows): a lock requested while
    // it runs stops it at the next row boundary, as Stop does; the open batch is committed,
    // so no half-written batch is left and the session goes only after the import returned.
    const LockGate::Scope lockScope([this] { requestStop(StopReason::Lock); });
    if (lockScope.cancelled()) {
        m_running = false;
        return;
    }
    m_ui->stopButton->setEnabled(true);
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_ui->pages->setCurrentWidget(m_ui->progressPage);
    QApplication::processEvents();
    const QLocale locale;
    const auto onProgress = [&](const ImportProgress& p) {
        emit progressed(p.rowsDone);
        if (p.bytesTotal > 0)
            m_ui->progressBar->setValue(int(p.bytesDone * 1000 / p.bytesTotal));
        if (!m_stop)
            m_ui->progressLabel->setText(
                tr("%Ln row(s), %1 per second", nullptr, int(std::min<qint64>(p.rowsDone, INT_MAX)))
                    .arg(locale.toString(qRound(p.rowsPerSecond))));
        QApplication::processEvents();
    };
    m_error = Error::none();
    ImportService service(m_session);
    m_report = m_kind == Kind::Asterisk ? service.importAsterisk(asterisk, onProgress, &m_error)
                                        : service.importChats(chats, onProgress, &m_error);
    m_running = false;
    if (!m_report)
        return showOptionsMessage(tr("The import stopped: %1").arg(m_error.message));
    showReport();
    emit imported();
}

void ImportDialog::showReport()
{
    const ImportReport& r = *m_report;
    const QLocale locale;
    QStringList lines;
    if (r.strictAborted)
        lines << tr("Nothing was written: the file had a bad row.");
    if (r.stopped)
        lines << (m_stopReason == StopReason::Lock
                      ? tr("Stopped by the lock: the rows read until then are in the register; "
                           "after unlocking, import the file again to continue (rows already "
                           "there are skipped).")
                      : tr("Stopped: the rows read until then are in the register; import the "
                           "file again to continue (rows already there are skipped)."));
    lines << tr("Rows read: %1. Imported: %2. Already in the register: %3. Refused: %4.")
                 .arg(locale.toString(r.rowsRead), locale.toString(r.imported),
                      locale.toString(r.skipped), locale.toString(r.rejected));
    if (!r.layouts.isEmpty()) {
        QStringList parts;
        for (auto it = r.layouts.cbegin(); it != r.layouts.cend(); ++it) {
            const auto layout = CdrLayout::fromName(it.key(), nullptr);
            parts << tr("%1 columns (%2): %Ln row(s)", nullptr,
                        int(std::min<qint64>(it.value(), INT_MAX)))
                         .arg(layout ? layout->columns() : 0)
                         .arg(it.key());
        }
        lines << tr("Layouts: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    const RecordingCounts& c = r.recordingCounts;
    if (m_kind == Kind::Asterisk && r.recordings + c.missing + c.pending + c.unusable > 0)
        lines << tr("Recordings: %1 attached (%2 with a repaired header), %3 attached to calls "
                    "imported before, %4 still being written (import again later), %5 answered "
                    "calls without a file, %6 unusable.")
                     .arg(locale.toString(c.attached), locale.toString(c.repaired),
                          locale.toString(c.attachedLater), locale.toString(c.pending),
                          locale.toString(c.missing), locale.toString(c.unusable));
    lines << tr("Linked to data subjects: %1 (%2 new).")
                 .arg(locale.toString(r.subjectsLinked), locale.toString(r.subjectsCreated));
    for (auto it = r.noteGroups.cbegin(); it != r.noteGroups.cend(); ++it)
        lines << QStringLiteral("• %1: %2").arg(it.key(), locale.toString(it.value()));
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->pages->setCurrentWidget(m_ui->reportPage);
    fillNotes(); // after the page shows, so the rows are measured at their real width
    m_ui->closeButton->setFocus();
}

void ImportDialog::fillNotes()
{
    if (!m_report)
        return;
    const int wanted = filterKinds.value(m_ui->kindComboBox->currentIndex(), -2);
    QTableWidget* table = m_ui->notesTableWidget;
    table->setRowCount(0);
    const auto add = [table](qint64 line, const QString& kind, const QString& text) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto* lineItem = new QTableWidgetItem;
        lineItem->setData(Qt::DisplayRole, line);
        table->setItem(row, 0, lineItem);
        table->setItem(row, 1, new QTableWidgetItem(kind));
        table->setItem(row, 2, new QTableWidgetItem(text));
    };
    table->setUpdatesEnabled(false);
    if (wanted == -2 || wanted == refusedRows) {
        for (const ImportRejection& r : m_report->rejections)
            add(r.line, kindText(refusedRows), r.reason);
    }
    for (const ImportNote& n : m_report->notes) {
        if (wanted == -2 || wanted == int(n.kind))
            add(n.line, kindText(int(n.kind)), n.message);
    }
    table->setUpdatesEnabled(true);
    table->resizeRowsToContents();
}

QStringList ImportDialog::reportLines() const
{
    QStringList out;
    if (!m_report)
        return out;
    out << m_ui->summaryLabel->text() << QString();
    for (const ImportRejection& r : m_report->rejections)
        out << QStringLiteral("%1:%2: %3: %4")
                   .arg(r.file)
                   .arg(r.line)
                   .arg(kindText(refusedRows), r.reason);
    for (const ImportNote& n : m_report->notes)
        out << QStringLiteral("%1:%2: %3: %4")
                   .arg(n.file)
                   .arg(n.line)
                   .arg(kindText(int(n.kind)), n.message);
    return out;
}

bool ImportDialog::saveReport(const QString& path, QString* error) const
{
    // The report names files and numbers: readable by its owner only, like the register.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(reportLines().join(QLatin1Char('\n')).toUtf8() + '\n');
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace tallenne
