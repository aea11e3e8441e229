// The chats JSON Lines parser: a valid file, and each kind of invalid line with its JSON path.

#include "core/ChatJsonl.h"

#include <QFile>
#include <QtTest>

using namespace tallenne;

namespace {
QList<QByteArray> lines(const QString& name)
{
    QFile file(QStringLiteral(TALLENNE_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll().split('\n');
}
} // namespace

class TestChatJsonl : public QObject
{
    Q_OBJECT

private slots:
    void validFile()
    {
        const QList<QByteArray> all = lines(QStringLiteral("chats.jsonl"));
        QList<ChatRecord> chats;
        for (const QByteArray& line : all) {
            if (line.trimmed().isEmpty())
                continue;
            QString reason;
            const auto chat = ChatJsonl::parseLine(line, &reason);
            QVERIFY2(chat, qPrintable(reason));
            chats << *chat;
        }
        QCOMPARE(chats.size(), 4);
        const ChatRecord& first = chats.at(0);
        QCOMPARE(first.id, QStringLiteral("web-1001"));
        QCOMPARE(first.started, QDateTime(QDate(2024, 5, 2), QTime(11, 3), Qt::UTC));
        QCOMPARE(first.ended, QDateTime(QDate(2024, 5, 2), QTime(11, 10), Qt::UTC));
        QCOMPARE(first.nickname, QStringLiteral("Mökkiläinen"));
        QCOMPARE(first.messages.size(), 2);
        QCOMPARE(first.messages.at(1).sender, QStringLiteral("agent"));
        // Identifiers come out normalised.
        QCOMPARE(first.subject.phone, QStringLiteral("+358407654321"));
        QCOMPARE(first.subject.email, QStringLiteral("liisa.virtanen@example.fi"));
        QCOMPARE(first.subject.name, QStringLiteral("Liisa Virtanen"));
        QCOMPARE(first.subject.identityCode, QStringLiteral("131052-308T"));
        QCOMPARE(chats.at(1).messages.at(2).sender, QStringLiteral("system"));
        QVERIFY(!chats.at(2).ended.isValid()); // "ended": null
        QVERIFY(chats.at(2).agent.isEmpty());
        QVERIFY(chats.at(3).messages.isEmpty());
        QVERIFY(chats.at(3).subject.isEmpty());
        QVERIFY(!chats.at(2).subject.isEmpty());
    }

    void invalidLines_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated JSON")
            << 2 << "not valid JSON (unterminated object at character 24)";
        QTest::newRow("array") << 3 << "a line must hold one JSON object";
        QTest::newRow("empty id") << 4
                                  << "id: must be a non-empty string of at most 200 characters";
        QTest::newRow("space instead of T")
            << 5
            << "started: must be an ISO 8601 date and time with a UTC offset, such as "
               "2024-05-02T14:03:00+03:00";
        QTest::newRow("no offset")
            << 6
            << "started: must be an ISO 8601 date and time with a UTC offset, such as "
               "2024-05-02T14:03:00+03:00";
        QTest::newRow("ended before started") << 7 << "ended: is before started";
        QTest::newRow("sender") << 8
                                << "messages[2].sender: must be customer, agent, bot or system";
        QTest::newRow("text missing") << 9 << "messages[0].text: must be a string";
        QTest::newRow("messages not array") << 10 << "messages: must be an array";
        QTest::newRow("channel") << 11
                                 << "channel: must be a lower-case word such as web, whatsapp or "
                                    "messenger";
        QTest::newRow("unknown field")
            << 12
            << "colour: unknown field (expected one of id, started, ended, nickname, agent, "
               "channel, messages, subject)";
        QTest::newRow("identity code") << 13 << "subject.identity_code: ";
        QTest::newRow("phone") << 14 << "subject.phone: ";
        QTest::newRow("email") << 15 << "subject.email: ";
    }
    void invalidLines()
    {
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QList<QByteArray> all = lines(QStringLiteral("chats-invalid.jsonl"));
        QString why;
        QVERIFY(!ChatJsonl::parseLine(all.at(line - 1), &why));
        if (reason.endsWith(QLatin1String(": "))) {
            // The validators' own reasons; the path is what this parser adds. The bad value
            // itself is never repeated.
            QVERIFY2(why.startsWith(reason) && why.size() > reason.size(), qPrintable(why));
            QVERIFY(!why.contains(QLatin1String("131052")));
            QVERIFY(!why.contains(QLatin1String("call me")));
            QVERIFY(!why.contains(QLatin1String("nobody")));
        } else {
            QCOMPARE(why, reason);
        }
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray head =
            "{\"id\":\"w1\",\"started\":\"2024-05-02T14:03:00+03:00\",\"messages\":[";
        const QByteArray message =
            "{\"time\":\"2024-05-02T14:03:05+03:00\",\"sender\":\"customer\",";
        QTest::newRow("a long message")
            << head + message + "\"text\":\"" + QByteArray(ChatJsonl::MaxMessageChars + 1, 'a') +
                   "\"}]}"
            << "messages[0].text: must be at most 20000 characters";
        QByteArray many = head;
        for (int i = 0; i <= ChatJsonl::MaxMessages; ++i)
            many += (i ? "," : "") + message + "\"text\":\"x\"}";
        QTest::newRow("too many messages")
            << many + "]}"
            << "messages: a chat has at most 10000 messages; this one has 10001";
        QTest::newRow("a line over the limit")
            << head + message + "\"text\":\"" + QByteArray(ChatJsonl::MaxLineBytes, 'a') + "\"}]}"
            << "the line is longer than 4194304 bytes";
        QTest::newRow("a long nickname") << "{\"id\":\"w1\",\"started\":\"2024-05-02T14:03:00+03:"
                                            "00\",\"messages\":[],\"nickname\":\"" +
                                                QByteArray(201, 'n') + "\"}"
                                         << "nickname: must be at most 200 characters";
    }
    void limits()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!ChatJsonl::parseLine(line, &why));
        QCOMPARE(why, reason);
    }

    void atTheLimitsIsAccepted()
    {
        QByteArray line = "{\"id\":\"w1\",\"started\":\"2024-05-02T14:03:00+03:00\",\"messages\":[";
        line += "{\"time\":\"2024-05-02T14:03:05+03:00\",\"sender\":\"customer\",\"text\":\"" +
                QByteArray(ChatJsonl::MaxMessageChars, 'a') + "\"}]}";
        QString why;
        const auto chat = ChatJsonl::parseLine(line, &why);
        QVERIFY2(chat, qPrintable(why));
        QCOMPARE(chat->messages.at(0).text.size(), ChatJsonl::MaxMessageChars);
    }

    void firstAndLastLinesAreValid()
    {
        const QList<QByteArray> all = lines(QStringLiteral("chats-invalid.jsonl"));
        QString why;
        QVERIFY2(ChatJsonl::parseLine(all.at(0), &why), qPrintable(why));
        QVERIFY2(ChatJsonl::parseLine(all.at(15), &why), qPrintable(why));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Z") << "2024-05-02T14:03:00Z" << true;
        QTest::newRow("offset") << "2024-05-02T14:03:00+03:00" << true;
        QTest::newRow("millis") << "2024-05-02T14:03:00.250-05:00" << true;
        QTest::newRow("no seconds") << "2024-05-02T14:03+03:00" << true;
        QTest::newRow("local") << "2024-05-02T14:03:00" << false;
        QTest::newRow("date only") << "2024-05-02" << false;
        QTest::newRow("bad month") << "2024-13-02T14:03:00Z" << false;
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ChatJsonl::parseTime(text).isValid(), valid);
    }

    // Channels are shown as people write them: a service in its own spelling, never a raw
    // lower-case id.
    void channelNames_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("shown");
        QTest::newRow("known service") << "whatsapp"
                                       << "WhatsApp";
        QTest::newRow("facebook") << "facebook"
                                  << "Facebook";
        QTest::newRow("any case") << "LinkedIn"
                                  << "LinkedIn";
        QTest::newRow("unknown word") << "kioski"
                                      << "Kioski";
        QTest::newRow("empty") << ""
                               << "";
    }

    void channelNames()
    {
        QFETCH(QString, channel);
        QFETCH(QString, shown);
        QCOMPARE(ChatJsonl::channelName(channel), shown);
    }
};

QTEST_APPLESS_MAIN(TestChatJsonl)
#include "tst_chatjsonl.moc"
