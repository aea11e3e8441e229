// The audit trail page, driven as an administrator would with keys and clicks: the chain's
// verification at the top (off the GUI thread), a filter typed and applied with Enter, the
// rows it selects read page by page from a trail of thousands, the export written through the
// file dialog and read back, and an entry changed with SQL behind the application's back
// named at the top, one click going to it. A privacy officer's page shows only their own
// entries and says so; a trainer has no such page.

#include "core/CsvReader.h"
#include "core/Translations.h"
#include "gui/AuditTrailModel.h"
#include "gui/AuditTrailPanel.h"
#include "gui/DateFields.h"
#include "gui/MainWindow.h"
#include "services/ProfileService.h"
#include "services/UserService.h"
#include "services/audit/AuditActions.h"
#include "services/retention/PurgeService.h"
#include "storage/TransactionGuard.h"
#include "support/GuiTest.h"
#include "support/TestProfile.h"
#include "support/TestRegister.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

QString cell(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Types `text` over whatever the field holds, as a person selecting it all first would.
void typeOver(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

} // namespace

class TestAuditViewerGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;

    std::unique_ptr<MainWindow> windowOf(const QString& user)
    {
        auto session = loginTo(m_paths, m_clock, user);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->resize(1200, 800);
        window->show();
        return window;
    }

    static AuditTrailPanel* auditPage(MainWindow& window)
    {
        window.showSection(Section::AuditTrail);
        return qobject_cast<AuditTrailPanel*>(window.sectionPage(Section::AuditTrail));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
        QVERIFY(admin);
        for (const auto& [user, role] :
             {std::pair{"teemu", Role::Trainer}, std::pair{"pia", Role::PrivacyOfficer}})
            QVERIFY2(UserService(*admin).add(
                         QString::fromLatin1(user), role,
                         secret(passwordOf(QString::fromLatin1(user)).constData()), &error),
                     qPrintable(error.message));
        QVERIFY(loginTo(m_paths, m_clock, QStringLiteral("pia")));
        // 2,500 entries on 1 December, 500 on 3 December.
        m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        TransactionGuard transaction(admin->db());
        for (int i = 0; i < 3000; ++i) {
            if (i == 2500)
                m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));
            QVERIFY(admin->audit(i % 4 ? QStringLiteral("call.view") : QStringLiteral("chat.view"),
                                 QStringLiteral("call:%1").arg(i % 100),
                                 QStringLiteral("n=%1").arg(i), &error));
            m_clock.advanceSeconds(5);
        }
        QVERIFY2(admin->commit(transaction, &error), qPrintable(error.message));
        m_clock.set(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
    }

    // Actions in words (the code as the tooltip), details read out where their form is known;
    // the action filter finds any part of the code ("purge"), '_' typed taken as itself; every
    // line of the verification a whole sentence, in English and in Finnish.
    void actionsInWordsAndSentences()
    {
        {
            auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
            QVERIFY(admin);
            Error error;
            TransactionGuard transaction(admin->db());
            QVERIFY(admin->audit(QStringLiteral("retention.preview"), QStringLiteral("retention"),
                                 QStringLiteral("due(go/held/restricted): call_metadata=3/1/0"),
                                 &error));
            QVERIFY(admin->audit(QStringLiteral("retention.purge"), QStringLiteral("retention"),
                                 QStringLiteral("call_metadata: purged=3 ids=4-6 held=1 "
                                                "restricted=0; holds_lifted=0 files_removed=2"),
                                 &error));
            QVERIFY2(admin->commit(transaction, &error), qPrintable(error.message));
        }
        auto window = windowOf(QStringLiteral("admin"));
        QVERIFY(window);
        AuditTrailPanel* panel = auditPage(*window);
        QVERIFY(panel);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* table = child<QTableView>(panel, "auditTableView");
        auto* action = child<QLineEdit>(panel, "actionLineEdit");
        QVERIFY(table && action);
        QTRY_VERIFY(table->model()->rowCount() > 3000);

        typeOver(action, QStringLiteral("purge"));
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_VERIFY(table->model()->rowCount() < 10);
        int purgeRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString code = table->model()
                                     ->index(row, AuditTrailModel::Action)
                                     .data(Qt::ToolTipRole)
                                     .toString();
            // In the code or in the name the table shows ("Purge previewed").
            QVERIFY2(code.contains(QStringLiteral("purge")) ||
                         cell(table, row, AuditTrailModel::Action)
                             .contains(QStringLiteral("purge"), Qt::CaseInsensitive),
                     qPrintable(code));
            if (code == QLatin1String("retention.purge") && purgeRow < 0)
                purgeRow = row;
        }
        QVERIFY(purgeRow >= 0);
        QCOMPARE(cell(table, purgeRow, AuditTrailModel::Action), QStringLiteral("Retention purge"));
        QCOMPARE(cell(table, purgeRow, AuditTrailModel::Details),
                 QStringLiteral("Call details: deleted: 3, ids: 4-6, kept by legal holds: 1, kept "
                                "under restriction: 0; legal holds lifted: 0, files removed: 2"));
        QCOMPARE(table->model()
                     ->index(purgeRow, AuditTrailModel::Details)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("call_metadata: purged=3 ids=4-6 held=1 restricted=0; "
                                "holds_lifted=0 files_removed=2"));
        // In Finnish, a word of the Finnish name finds it too ("poisto", not only "purge").
        QVERIFY(Translations::apply(QStringLiteral("fi")));
        const QString finnishName = AuditActions::name(QStringLiteral("retention.purge"));
        QVERIFY(!finnishName.contains(QStringLiteral("purge"), Qt::CaseInsensitive));
        typeOver(action, finnishName.split(QLatin1Char(' ')).last());
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 10);
        bool found = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            found = found || cell(table, row, AuditTrailModel::Action) == finnishName;
        QVERIFY2(found, qPrintable(finnishName));
        QVERIFY(Translations::apply(QStringLiteral("en")));
        typeOver(action, QStringLiteral("preview"));
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, AuditTrailModel::Action), QStringLiteral("Purge previewed"));
        QCOMPARE(cell(table, 0, AuditTrailModel::Details),
                 QStringLiteral("Call details: 3 to delete, 1 kept by legal holds, 0 kept under "
                                "restriction."));
        // An action this version does not name stays as its code, its details as written.
        typeOver(action, QStringLiteral("chat.view"));
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QCOMPARE(cell(table, 0, AuditTrailModel::Action), QStringLiteral("chat.view"));
        QVERIFY(cell(table, 0, AuditTrailModel::Details).startsWith(QStringLiteral("n=")));
        // "t.v" is in chat.view and call.view; "t_v" typed is no wildcard.
        typeOver(action, QStringLiteral("t_v"));
        QTest::keyClick(action, Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 0);

        // Whole sentences.
        auto* verification = child<QLabel>(panel, "verificationLabel");
        auto* witnesses = child<QLabel>(panel, "witnessLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVerifying(), 60000);
        for (const auto& [language, witnessWord] :
             {std::pair{"en", "Witnesses:"}, std::pair{"fi", "Todistajat:"}}) {
            QVERIFY(Translations::apply(QString::fromLatin1(language)));
            // The page retranslates on the LanguageChange Qt posts.
            QTRY_VERIFY2(witnesses->text().startsWith(QString::fromUtf8(witnessWord)),
                         qPrintable(witnesses->text()));
            for (const QLabel* label : {verification, witnesses}) {
                QVERIFY2(label->text().endsWith(QLatin1Char('.')) &&
                             !label->text().endsWith(QStringLiteral("..")),
                         qPrintable(label->text()));
            }
        }
        QVERIFY(Translations::apply(QStringLiteral("en")));
        QTRY_VERIFY(witnesses->text().startsWith(QStringLiteral("Witnesses:")));
    }

    void filterExportAndTampering()
    {
        auto window = windowOf(QStringLiteral("admin"));
        QVERIFY(window);
        AuditTrailPanel* panel = auditPage(*window);
        QVERIFY(panel);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* verification = child<QLabel>(panel, "verificationLabel");
        auto* witnesses = child<QLabel>(panel, "witnessLabel");
        auto* table = child<QTableView>(panel, "auditTableView");
        auto* action = child<QLineEdit>(panel, "actionLineEdit");
        auto* object = child<QLineEdit>(panel, "objectLineEdit");
        auto* count = child<QLabel>(panel, "countLabel");
        QVERIFY(verification && witnesses && table && action && object && count);

        // Shown: the whole trail (newest first) and the chain verified in the background.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVerifying(), 60000);
        QVERIFY2(verification->text().startsWith(QStringLiteral("The audit trail is intact")),
                 qPrintable(verification->text()));
        QVERIFY2(witnesses->text().contains(QStringLiteral("keyslots.json anchor: consistent")),
                 qPrintable(witnesses->text()));
        QVERIFY(witnesses->text().contains(QStringLiteral("system journal")));
        QVERIFY(table->model()->rowCount() > 3000);
        // Only the pages shown were read, not the trail.
        QVERIFY2(panel->model()->pagesRead() <= 2,
                 qPrintable(QString::number(panel->model()->pagesRead())));

        // A filter typed, Enter: the chat views of call:8, the newest first.
        QTest::mouseClick(action, Qt::LeftButton);
        QTest::keyClicks(action, QStringLiteral("chat"));
        QTest::keyClicks(object, QStringLiteral("call:8"));
        QTest::keyClick(object, Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 30); // i = 8, 108, …, 2908
        QCOMPARE(count->text(), QStringLiteral("30 entries"));
        QCOMPARE(cell(table, 0, AuditTrailModel::Action), QStringLiteral("chat.view"));
        QCOMPARE(cell(table, 0, AuditTrailModel::Object), QStringLiteral("call:8"));
        QCOMPARE(cell(table, 0, AuditTrailModel::Details), QStringLiteral("n=2908"));
        QCOMPARE(cell(table, 0, AuditTrailModel::User), QStringLiteral("admin"));
        QCOMPARE(cell(table, 0, AuditTrailModel::Roles), QStringLiteral("Administrator"));
        // In the locale's date format, as the date fields show it, to the second.
        const QDateTime shown =
            QDateTime::fromString(cell(table, 0, AuditTrailModel::Time),
                                  DateFields::localeFormat() + QStringLiteral(" HH:mm:ss"));
        QVERIFY(!cell(table, 0, AuditTrailModel::Time).startsWith(QStringLiteral("2026-")));
        QCOMPARE(shown, QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC)
                            .addSecs(5 * (2908 - 2500))
                            .toLocalTime());

        // The dates: from 3 December on (local), typed into the date field.
        auto* from = child<QDateEdit>(panel, "fromDateEdit");
        QVERIFY(from);
        typeOver(from, QDate(2026, 12, 3).toString(from->displayFormat()));
        QCOMPARE(from->date(), QDate(2026, 12, 3));
        QVERIFY(child<QCheckBox>(panel, "fromCheckBox")->isChecked());
        QTest::keyClick(from, Qt::Key_Enter);
        QTRY_COMPARE(table->model()->rowCount(), 5); // 2508, 2608, …, 2908

        // Viewing is on record: the filter, no more.
        {
            auto check = loginTo(m_paths, m_clock, QStringLiteral("admin"));
            QVERIFY(check);
            AuditFilter f;
            f.action = QStringLiteral("audit.read");
            f.limit = 1;
            Error error;
            const auto reads = AuditLog(check->db()).list(f, &error);
            QCOMPARE(reads.size(), qsizetype(1));
            QVERIFY2(reads[0].details.startsWith(QStringLiteral("action=chat object=call:8 from=")),
                     qPrintable(reads[0].details));
        }

        // Export: the file dialog answered with a path, the five rows written.
        const QString path = m_dir.filePath(QStringLiteral("chats.csv"));
        QTimer::singleShot(0, this, [path] {
            QFileDialog* dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        return (dialog = qobject_cast<QFileDialog*>(
                                    QApplication::activeModalWidget())) != nullptr;
                    },
                    5000))
                return;
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return dialog->reject();
            // Set, not typed: typing a path opens the dialog's completer, which takes Enter.
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
            // Never left open: a dialog still there after that is a failure, not a hang.
            QTimer::singleShot(3000, dialog, [dialog] { dialog->reject(); });
        });
        QTest::mouseClick(child<QPushButton>(panel, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("Exported 5 entries")),
                 qPrintable(panel->statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file);
        CsvRecord record;
        QString reason;
        QList<QStringList> rows;
        while (reader.next(&record, &reason) == CsvReader::Result::Record) {
            QStringList row;
            for (const CsvField& f : record.fields)
                row << QString::fromUtf8(f.value);
            rows << row;
        }
        QCOMPARE(rows.size(), qsizetype(6));
        QCOMPARE(rows[0].join(QLatin1Char(',')),
                 QStringLiteral("seq,time,user,roles,action,object,purpose,details"));
        QCOMPARE(rows[1][7], QStringLiteral("n=2908"));
        QCOMPARE(rows[5][7], QStringLiteral("n=2508"));

        // Tampering: entry n=1234's details changed with SQL through a session's connection.
        qint64 victim = 0;
        {
            auto insider = loginTo(m_paths, m_clock, QStringLiteral("admin"));
            QVERIFY(insider);
            QSqlQuery q(insider->db());
            QVERIFY(q.exec(QStringLiteral("SELECT seq FROM audit_log WHERE details = 'n=1234'")) &&
                    q.next());
            victim = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE audit_log SET details = 'n=0' WHERE seq = %1").arg(victim)));
        }
        auto* verify = child<QPushButton>(panel, "verifyButton");
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVerifying() && verify->isEnabled(), 60000);
        QVERIFY2(verification->text().startsWith(
                     QStringLiteral("The audit trail is broken at entry %1:").arg(victim)),
                 qPrintable(verification->text()));
        auto* goTo = child<QPushButton>(panel, "goToBrokenButton");
        QVERIFY(goTo && goTo->isVisible());
        QCOMPARE(goTo->text(), QStringLiteral("&Go to entry %1").arg(victim));
        // The entry is outside the filter: going to it clears the filter and selects it.
        QTest::mouseClick(goTo, Qt::LeftButton);
        QTRY_VERIFY(table->currentIndex().isValid());
        QCOMPARE(cell(table, table->currentIndex().row(), AuditTrailModel::Sequence),
                 QString::number(victim));
        QCOMPARE(cell(table, table->currentIndex().row(), AuditTrailModel::Details),
                 QStringLiteral("n=0"));
        QVERIFY(action->text().isEmpty() && object->text().isEmpty());
    }

    // A privacy officer: their own entries only, said on the page; no verification.
    void privacyOfficerSeesOwnEntries()
    {
        auto window = windowOf(QStringLiteral("pia"));
        QVERIFY(window);
        AuditTrailPanel* panel = auditPage(*window);
        QVERIFY(panel);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* own = child<QLabel>(panel, "ownEntriesLabel");
        QVERIFY(own && own->isVisible());
        QVERIFY(own->text().contains(QStringLiteral("entries you wrote yourself")));
        QVERIFY(!child<QLabel>(panel, "verificationLabel")->isVisible());
        auto* table = child<QTableView>(panel, "auditTableView");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(cell(table, row, AuditTrailModel::User), QStringLiteral("pia"));
        QCOMPARE(child<QLineEdit>(panel, "userLineEdit")->text(), QStringLiteral("pia"));
        QVERIFY(child<QLineEdit>(panel, "userLineEdit")->isReadOnly());
    }

    void aPurgedTrailStartsLater()
    {
        // A register whose trail is kept 12 months, purged two years on (issue [10]): the
        // viewer shows the entries from the first left, and says where an earlier one went.
        const RegisterPaths kept = m_paths;
        const QDateTime now = m_clock.nowUtc();
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("purged-register"))};
        m_clock.set(now.addYears(-2));
        Error error;
        QVERIFY(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty());
        qint64 first = 0;
        {
            auto admin = loginTo(m_paths, m_clock, QStringLiteral("admin"));
            QVERIFY(admin);
            QStringList warnings;
            QVERIFY2(ProfileService(*admin).set(
                         exampleProfileWithPeriod(QStringLiteral("nordic-helpdesk"),
                                                  QStringLiteral("audit_trail_months"), 12),
                         &warnings, &error),
                     qPrintable(error.message));
            m_clock.set(now);
            const auto report = PurgeService(*admin).run({}, &error);
            QVERIFY2(report, qPrintable(error.message));
            first = report->category(RetentionPolicy::Kind::AuditTrail)->lastId + 1;
            QVERIFY(first > 2);
        }
        auto window = windowOf(QStringLiteral("admin"));
        QVERIFY(window);
        AuditTrailPanel* panel = auditPage(*window);
        QVERIFY(panel);
        auto* table = child<QTableView>(panel, "auditTableView");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(!panel->goToEntry(1));
        QVERIFY2(panel->statusText().contains(
                     QStringLiteral("the trail now starts at entry %1").arg(first)),
                 qPrintable(panel->statusText()));
        QVERIFY(panel->goToEntry(first));
        QCOMPARE(cell(table, table->currentIndex().row(), AuditTrailModel::Sequence),
                 QString::number(first));
        window.reset();
        m_paths = kept;
    }

    void trainerHasNoPage()
    {
        auto window = windowOf(QStringLiteral("teemu"));
        QVERIFY(window);
        QVERIFY(!window->sectionPage(Section::AuditTrail));
    }
};

QTEST_MAIN(TestAuditViewerGui)
#include "tst_auditviewergui.moc"
