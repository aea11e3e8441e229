// docs/register-profile.schema.json, the register profile's JSON Schema for editors, and the
// profile's validator (src/core/RegisterProfile) agree: on the examples in resources/profiles,
// on every profile of the shared table both must refuse or accept (tests/support/ProfileCases.h),
// and on their lists of ids, which docs/design.md documents. The rules a schema cannot express
// are named in the table and in the schema's description; a case marked so that the schema
// refuses after all fails here, so the list stays exact. The schema is checked with
// python3-jsonschema (draft 2020-12, formats checked), as docs/subject-export.schema.json is.

#include "core/RegisterProfile.h"
#include "support/ProfileCases.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tallenne;
using namespace tallenne::test;

namespace {

const QString schemaPath =
    QStringLiteral(TALLENNE_TEST_DATA "/../../docs/register-profile.schema.json");

struct SchemaError
{
    QString path; ///< as the validator writes paths, "" for the whole profile
    QString message;
};

// Runs tests/support/validate-json.py on the files: each file's errors, or *problem.
QHash<QString, QList<SchemaError>> validate(const QStringList& files, QString* problem)
{
    QProcess p;
    p.start(
        QStringLiteral("python3"),
        QStringList{QStringLiteral(TALLENNE_TEST_DATA "/../support/validate-json.py"), schemaPath} +
            files);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *problem = QStringLiteral("validate-json.py failed (%1): %2")
                       .arg(p.exitCode())
                       .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    QHash<QString, QList<SchemaError>> out;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QList<SchemaError> errors;
        for (const QJsonValue& e : o.value(QStringLiteral("errors")).toArray())
            errors << SchemaError{e.toObject().value(QStringLiteral("path")).toString(),
                                  e.toObject().value(QStringLiteral("message")).toString()};
        out.insert(o.value(QStringLiteral("file")).toString(), errors);
    }
    if (out.size() != files.size())
        *problem = QStringLiteral("validate-json.py answered for %1 of %2 files")
                       .arg(out.size())
                       .arg(files.size());
    return out;
}

// Whether the schema's error is at the validator's path or at a field that holds it (a missing
// field is an error of the object it is missing from; a rule between fields, of their parent).
bool holds(const QString& errorPath, const QString& path)
{
    return errorPath.isEmpty() || path == errorPath ||
           path.startsWith(errorPath + QLatin1Char('.')) ||
           path.startsWith(errorPath + QLatin1Char('['));
}

QString describe(const QList<SchemaError>& errors)
{
    QStringList lines;
    for (const SchemaError& e : errors)
        lines << QStringLiteral("%1: %2").arg(e.path, e.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestProfileSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_schema;
    QHash<QString, QList<SchemaError>> m_refused;  ///< by tag
    QHash<QString, QList<SchemaError>> m_accepted; ///< by tag
    QHash<QString, QList<SchemaError>> m_examples; ///< by file name

    QJsonObject definition(const QString& path) const
    {
        QJsonObject node = m_schema;
        for (const QString& key : path.split(QLatin1Char('/')))
            node = node.value(key).toObject();
        return node;
    }

    // The schema's answers for a table, by tag: every profile in a file, one run of Python.
    QHash<QString, QList<SchemaError>> answers(const QString& table,
                                               const QList<ProfileCase>& cases, QString* problem)
    {
        QStringList files;
        QHash<QString, QString> tags;
        for (int i = 0; i < cases.size(); ++i) {
            const QString file = m_dir.filePath(QStringLiteral("%1-%2.json").arg(table).arg(i));
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(modified(cases.at(i).edits)) < 0)
                return {};
            files << file;
            tags.insert(file, cases.at(i).tag);
        }
        QHash<QString, QList<SchemaError>> out;
        const auto byFile = validate(files, problem);
        for (auto it = byFile.begin(); it != byFile.end(); ++it)
            out.insert(tags.value(it.key()), it.value());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(schemaPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        m_schema = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        QString problem;
        m_refused = answers(QStringLiteral("refused"), refusedProfiles(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_accepted = answers(QStringLiteral("accepted"), acceptedProfiles(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList examples;
        const QDir folder(QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles"));
        for (const QFileInfo& f : folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
            examples << f.absoluteFilePath();
        QVERIFY(examples.size() >= 3);
        m_examples = validate(examples, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Every example profile is valid for both.
    void examples()
    {
        for (auto it = m_examples.cbegin(); it != m_examples.cend(); ++it) {
            Error error;
            QVERIFY2(RegisterProfile::parse(readFile(it.key()), nullptr, &error),
                     qPrintable(it.key() + QStringLiteral(": ") + error.message));
            QVERIFY2(it.value().isEmpty(),
                     qPrintable(it.key() + QLatin1Char('\n') + describe(it.value())));
        }
    }

    void refused_data()
    {
        QTest::addColumn<int>("index");
        const QList<ProfileCase> cases = refusedProfiles();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).tag)) << i;
    }
    // The validator refuses each at a path; the schema refuses it there too (or at the object
    // that holds it), unless the rule is one only Tallenne checks: then the schema accepts it.
    void refused()
    {
        QFETCH(int, index);
        const ProfileCase c = refusedProfiles().at(index);
        Error error;
        QVERIFY(!RegisterProfile::parse(modified(c.edits), nullptr, &error));
        QVERIFY2(error.message.startsWith(c.message), qPrintable(error.message));
        const QString path = error.message.section(QStringLiteral(": "), 0, 0);
        QVERIFY(m_refused.contains(c.tag));
        const QList<SchemaError> errors = m_refused.value(c.tag);
        if (!c.tallenneOnly.isEmpty()) {
            QVERIFY2(errors.isEmpty(),
                     qPrintable(QStringLiteral("the schema now checks %1; take the mark off:\n%2")
                                    .arg(c.tallenneOnly, describe(errors))));
            return;
        }
        QVERIFY2(!errors.isEmpty(), qPrintable(QStringLiteral("the schema accepts it")));
        const bool there = std::any_of(errors.begin(), errors.end(), [&path](const SchemaError& e) {
            return holds(e.path, path);
        });
        QVERIFY2(there, qPrintable(path + QStringLiteral(" is not among:\n") + describe(errors)));
    }

    void accepted_data()
    {
        QTest::addColumn<int>("index");
        const QList<ProfileCase> cases = acceptedProfiles();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).tag)) << i;
    }
    // What the validator accepts, the schema accepts: an editor marks no valid profile.
    void accepted()
    {
        QFETCH(int, index);
        const ProfileCase c = acceptedProfiles().at(index);
        Error error;
        QVERIFY2(RegisterProfile::parse(modified(c.edits), nullptr, &error),
                 qPrintable(error.message));
        QVERIFY(m_accepted.contains(c.tag));
        QVERIFY2(m_accepted.value(c.tag).isEmpty(), qPrintable(describe(m_accepted.value(c.tag))));
    }

    // The lists of ids are the validator's, and docs/design.md names every one of them.
    void idsAgree()
    {
        const QJsonObject props = m_schema.value(QStringLiteral("properties")).toObject();
        const auto items = [&props](const QString& path) {
            QJsonObject node = props;
            for (const QString& key : path.split(QLatin1Char('/')))
                node = node.value(key).toObject();
            return strings(
                node.value(QStringLiteral("items")).toObject().value(QStringLiteral("enum")));
        };
        const QStringList bases = strings(props.value(QStringLiteral("legal_basis"))
                                              .toObject()
                                              .value(QStringLiteral("items"))
                                              .toObject()
                                              .value(QStringLiteral("properties"))
                                              .toObject()
                                              .value(QStringLiteral("basis"))
                                              .toObject()
                                              .value(QStringLiteral("enum")));
        QCOMPARE(bases, RegisterProfile::legalBasisIds());
        QCOMPARE(items(QStringLiteral("data_categories")), RegisterProfile::dataCategoryIds());
        QCOMPARE(items(QStringLiteral("retention/properties/hold_reasons")),
                 RegisterProfile::holdReasonIds());
        QCOMPARE(items(QStringLiteral("rights/properties/identity_verification")),
                 RegisterProfile::identityVerificationIds());
        QCOMPARE(items(QStringLiteral("rights/properties/delivery")),
                 RegisterProfile::deliveryIds());
        QCOMPARE(props.value(QStringLiteral("retention"))
                     .toObject()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("criteria"))
                     .toObject()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .keys(),
                 [] {
                     QStringList kinds = RegisterProfile::retentionKindIds();
                     kinds.sort();
                     return kinds;
                 }());
        QCOMPARE(definition(QStringLiteral("properties/schema"))
                     .value(QStringLiteral("const"))
                     .toString(),
                 RegisterProfile::schemaId());

        QFile design(QStringLiteral(TALLENNE_TEST_DATA "/../../docs/design.md"));
        QVERIFY(design.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(design.readAll());
        QVERIFY(text.contains(QStringLiteral("register-profile.schema.json")));
        for (const QStringList& ids :
             {RegisterProfile::legalBasisIds(), RegisterProfile::dataCategoryIds(),
              RegisterProfile::holdReasonIds(), RegisterProfile::identityVerificationIds(),
              RegisterProfile::deliveryIds(), RegisterProfile::retentionKindIds()}) {
            for (const QString& id : ids)
                QVERIFY2(text.contains(QLatin1Char('`') + id + QLatin1Char('`')), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileSchema)
#include "tst_profileschema.moc"
