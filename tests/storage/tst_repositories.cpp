// The data repositories against a real register: idempotent inserts, cached lookups,
// identifier matching and the restriction copied onto linked records.

#include "services/SubjectLinker.h"
#include "services/keys/FieldCrypto.h"
#include "storage/CallRepository.h"
#include "storage/ChatRepository.h"
#include "storage/SubjectRepository.h"
#include "support/TestRegister.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    std::unique_ptr<Session> m_session;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_session->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    CallInsert call(const QString& source)
    {
        CallInsert c;
        c.sourceId = source;
        c.startedAt = m_clock.nowUtc();
        c.caller = QStringLiteral("+358401234567");
        c.agent = QStringLiteral("Aino Virtanen");
        c.queue = QStringLiteral("Laskutus");
        c.serviceNumber = QStringLiteral("+35820345678");
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY2(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty(),
                 qPrintable(error.message));
        m_session = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword), m_clock,
                                   fastOptions(), &error);
        QVERIFY2(m_session, qPrintable(error.message));
    }

    void callInsertIsIdempotent()
    {
        CallRepository calls(m_session->db());
        Error error;
        const auto first = calls.insertOrIgnore(call(QStringLiteral("uid-1")), &error);
        QVERIFY2(first && *first > 0, qPrintable(error.message));
        const auto again = calls.insertOrIgnore(call(QStringLiteral("uid-1")), &error);
        QVERIFY(again);
        QCOMPARE(*again, qint64(0));
        QCOMPARE(*calls.idForSource(QStringLiteral("uid-1"), &error), *first);
        QCOMPARE(*calls.idForSource(QStringLiteral("nope"), &error), qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calls WHERE source_id = 'uid-1'")), 1);
        // Null texts are stored as '' (NOT NULL columns), not refused.
        CallInsert bare;
        bare.sourceId = QStringLiteral("uid-bare");
        bare.startedAt = m_clock.nowUtc();
        QVERIFY2(calls.insertOrIgnore(bare, &error).value_or(0) > 0, qPrintable(error.message));
        bare.sourceId.clear();
        QVERIFY(!calls.insertOrIgnore(bare, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }

    void directoryCachesIds()
    {
        DirectoryRepository directory(m_session->db());
        Error error;
        const auto a = directory.agentId(QStringLiteral("Eero Korhonen"), &error);
        const auto b = directory.agentId(QStringLiteral(" Eero Korhonen "), &error);
        const auto q = directory.queueId(QStringLiteral("Eero Korhonen"), &error);
        QVERIFY(a && b && q);
        QCOMPARE(*a, *b);
        QVERIFY(*q > 0);
        QCOMPARE(*directory.agentId(QString(), &error), qint64(0));
        QVERIFY(directory.agentNames(&error)->contains(QStringLiteral("Eero Korhonen")));
        // A second repository finds the row the first created.
        DirectoryRepository other(m_session->db());
        QCOMPARE(*other.agentId(QStringLiteral("Eero Korhonen"), &error), *a);
        const auto n = other.serviceNumberId(QStringLiteral("+358105551234"), {}, &error);
        QVERIFY2(n && *n > 0, qPrintable(error.message));
    }

    void identifierLookups_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<bool>("found");
        const auto row = [](const char* name, IdentifierKind k, const char* stored,
                            const char* asked, bool found) {
            QTest::newRow(name) << int(k) << QString::fromUtf8(stored) << QString::fromUtf8(asked)
                                << found;
        };
        row("phone", IdentifierKind::Phone, "+358501112233", "+358501112233", true);
        row("phone other", IdentifierKind::Phone, "+358501112234", "+358501112235", false);
        row("name any case", IdentifierKind::Name, "Äijö Meikäläinen", "äijö  MEIKÄLÄINEN", true);
        row("name other", IdentifierKind::Name, "Liisa Laine", "Liisa Lainen", false);
        row("identity code", IdentifierKind::IdentityCode, "131052-308T", "131052-308t", true);
        row("email", IdentifierKind::Email, "matti@example.com", "MATTI@example.com", true);
        row("address", IdentifierKind::Address, "Mannerheimintie 1 A", "mannerheimintie 1 a", true);
    }

    void identifierLookups()
    {
        QFETCH(int, kind);
        QFETCH(QString, stored);
        QFETCH(QString, asked);
        QFETCH(bool, found);
        SubjectRepository subjects(m_session->db());
        FieldCrypto crypto(*m_session);
        Error error;
        const auto id = subjects.create(m_clock.nowUtc(), &error);
        QVERIFY2(id, qPrintable(error.message));
        const auto identifier =
            SubjectLinker::stored(crypto, *id, IdentifierKind(kind), stored, &error);
        QVERIFY2(identifier, qPrintable(error.message));
        QVERIFY(!identifier->lookup.isEmpty());
        QVERIFY(subjects.addIdentifier(*id, *identifier, &error));
        QVERIFY(subjects.addIdentifier(*id, *identifier, &error)); // idempotent
        QCOMPARE(subjects.identifiers(*id, &error)->size(), 1);
        // Stored sealed: the value opens in its place with the identifiers key only.
        const StoredIdentifier back = subjects.identifiers(*id, &error)->first();
        QVERIFY(!back.sealed.contains(stored.toUtf8()));
        const QString kindName = SubjectRepository::kindId(IdentifierKind(kind));
        QCOMPARE(
            *crypto.openText(
                Capability::Identifiers, back.sealed,
                QStringLiteral("subject_identifiers/value/%1/%2").arg(*id).arg(kindName).toUtf8(),
                &error),
            stored);
        QVERIFY(!crypto.openText(Capability::Identifiers, back.sealed, "elsewhere", &error));
        const auto lookups = [&](IdentifierKind k, const QString& value) {
            const QString name = SubjectRepository::kindId(k);
            return crypto.indexes(name, FieldCrypto::normalised(name, value));
        };
        const auto ids =
            subjects.find(IdentifierKind(kind), lookups(IdentifierKind(kind), asked), &error);
        QVERIFY(ids);
        QCOMPARE(ids->contains(*id), found);
        // Another kind with the same value is not a match.
        const IdentifierKind other = IdentifierKind(kind) == IdentifierKind::Name
                                         ? IdentifierKind::Address
                                         : IdentifierKind::Name;
        QVERIFY(!subjects.find(other, lookups(other, stored), &error)->contains(*id));
    }

    void restrictionFollowsLinks()
    {
        SubjectRepository subjects(m_session->db());
        CallRepository calls(m_session->db());
        ChatRepository chats(m_session->db());
        Error error;
        const auto subject = subjects.create(m_clock.nowUtc(), &error);
        const auto callId = calls.insertOrIgnore(call(QStringLiteral("uid-restrict")), &error);
        ChatInsert c;
        c.sourceId = QStringLiteral("chat-restrict");
        c.startedAt = m_clock.nowUtc();
        const auto chatId = chats.insertOrIgnore(c, &error);
        QVERIFY(subject && callId && chatId);
        QVERIFY(calls.linkSubject(*callId, *subject, &error));
        QVERIFY(chats.linkSubject(*chatId, *subject, &error));
        QVERIFY(subjects.setRestricted(*subject, true, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT restricted FROM calls WHERE id = %1").arg(*callId)),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT restricted FROM chats WHERE id = %1").arg(*chatId)),
                 1);
        QCOMPARE(*subjects.callIds(*subject, &error), QList<qint64>{*callId});
        QCOMPARE(*subjects.chatIds(*subject, &error), QList<qint64>{*chatId});
        // A record linked later takes the subject's restriction too.
        const auto later = calls.insertOrIgnore(call(QStringLiteral("uid-later")), &error);
        QVERIFY(calls.linkSubject(*later, *subject, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT restricted FROM calls WHERE id = %1").arg(*later)),
                 1);
        QVERIFY(subjects.setRestricted(*subject, false, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT restricted FROM calls WHERE id = %1").arg(*later)),
                 0);
        QVERIFY(!subjects.setRestricted(999999, true, &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }

    void chatMessagesAreIdempotentAndIndexed()
    {
        ChatRepository chats(m_session->db());
        Error error;
        ChatInsert c;
        c.sourceId = QStringLiteral("chat-1");
        c.startedAt = m_clock.nowUtc();
        c.agent = QStringLiteral("Aino Virtanen");
        const auto id = chats.insertOrIgnore(c, &error);
        QVERIFY(id && *id > 0);
        QCOMPARE(*chats.insertOrIgnore(c, &error), qint64(0));
        const ChatMessageInsert m{1,
                                  m_clock.nowUtc(),
                                  QStringLiteral("customer"),
                                  QStringLiteral("Milloin päätös tulee?"),
                                  {}};
        QVERIFY(chats.addMessage(*id, m, &error));
        QVERIFY(chats.addMessage(*id, m, &error));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM chat_messages WHERE chat_id = %1").arg(*id)),
            1);
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT count(*) FROM chat_messages_fts WHERE chat_messages_fts MATCH 'paatos'")),
            1);
        QVERIFY(!chats.addMessage(*id, {2, m_clock.nowUtc(), QStringLiteral("nobody"), {}, {}},
                                  &error));
        QCOMPARE(error.kind, ErrorKind::InputRejected);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
