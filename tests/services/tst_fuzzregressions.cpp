// Every input the fuzz targets found a fault with (fuzz/regressions/TARGET/), and every seed
// of their corpora (fuzz/corpus/TARGET/), through the same entry points as the fuzz targets
// (fuzz/targets/EntryPoints.h), in the normal suite: a fixed crash stays fixed under GCC and,
// in the sanitizer build, under AddressSanitizer and UBSan.

#include "EntryPoints.h"

#include <QDir>
#include <QtTest>

#include <functional>

using namespace tallenne;

namespace {

using EntryPoint = std::function<QString(const QByteArray&)>;

const QList<std::pair<QString, EntryPoint>>& entryPoints()
{
    static const QList<std::pair<QString, EntryPoint>> all = {
        {QStringLiteral("fuzz_asterisk_cdr"), fuzz::asteriskCdr},
        {QStringLiteral("fuzz_chat_jsonl"), fuzz::chatJsonl},
        {QStringLiteral("fuzz_register_profile"), fuzz::registerProfile},
        {QStringLiteral("fuzz_scorecard"), fuzz::scorecard},
        {QStringLiteral("fuzz_keyslots"), fuzz::keySlots},
        {QStringLiteral("fuzz_audit_head"), fuzz::auditHead},
        {QStringLiteral("fuzz_audio_probe"), fuzz::audioProbe},
    };
    return all;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static void addInputs(const QString& folder)
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const auto& [target, entry] : entryPoints()) {
            const QDir dir(QStringLiteral(TALLENNE_FUZZ_DIR "/") + folder + QLatin1Char('/') +
                           target);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(target + QLatin1Char('/') + name))
                    << target << dir.filePath(name);
        }
    }
    static void run()
    {
        if (!QTest::currentDataTag())
            QSKIP("no inputs kept for this kind");
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        for (const auto& [name, entry] : entryPoints()) {
            if (name == target) {
                const QString broken = entry(input);
                QVERIFY2(broken.isEmpty(), qPrintable(broken));
                return;
            }
        }
        QFAIL("no such target");
    }

private slots:
    void regressions_data() { addInputs(QStringLiteral("regressions")); }
    void regressions() { run(); }

    void seeds_data() { addInputs(QStringLiteral("corpus")); }
    void seeds() { run(); }

    // The first fault fuzz_audit_head found: a sequence past qint64's range was converted
    // from its double (undefined behaviour). Refused now, like every other wrong form.
    void auditHeadSequenceOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("sequence");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1234") << QByteArray("1234") << true;
        QTest::newRow("2^53") << QByteArray("9007199254740992") << true;
        QTest::newRow("1.2e76") << QByteArray("1.2e76") << false;
        QTest::newRow("-1e300") << QByteArray("-1e300") << false;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << false;
        QTest::newRow("0") << QByteArray("0") << false;
        QTest::newRow("1.5") << QByteArray("1.5") << false;
    }
    void auditHeadSequenceOutOfRange()
    {
        QFETCH(QByteArray, sequence);
        QFETCH(bool, accepted);
        QFile file(QStringLiteral(TALLENNE_FUZZ_DIR "/corpus/fuzz_audit_head/head.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll().replace("1234", sequence);
        Error error;
        const auto head = SignedHead::fromJson(json, &error);
        QCOMPARE(bool(head), accepted);
        if (!accepted)
            QCOMPARE(error.message,
                     QStringLiteral("This is not a signed audit head: a field has the wrong form"));
        QVERIFY(fuzz::auditHead(json).isEmpty());
    }

    void everyTargetHasSeeds()
    {
        for (const auto& [target, entry] : entryPoints())
            QVERIFY2(!QDir(QStringLiteral(TALLENNE_FUZZ_DIR "/corpus/") + target)
                          .entryList(QDir::Files)
                          .isEmpty(),
                     qPrintable(target));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
