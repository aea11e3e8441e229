#pragma once

// Reading a data subject's copy (subject export, issue [11]) back in tests: the ZIP's entries
// through libzip, data.json checked against the published schema (python3-jsonschema), and the
// text of report.pdf (pdftotext). Link the test with PkgConfig::LIBZIP.

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <zip.h>

#include <optional>

namespace tallenne::test {

/// Every entry of a ZIP; nullopt when it cannot be opened or an entry cannot be read (with
/// libzip's error code in *zipError).
inline std::optional<QMap<QString, QByteArray>> readZip(const QString& path, const char* password,
                                                        int* zipError = nullptr)
{
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z)
        return std::nullopt;
    if (password)
        zip_set_default_password(z, password);
    QMap<QString, QByteArray> entries;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0)
            break;
        zip_file_t* f = zip_fopen_index(z, zip_uint64_t(i), 0);
        if (!f) {
            if (zipError)
                *zipError = zip_error_code_zip(zip_get_error(z));
            zip_discard(z);
            return std::nullopt;
        }
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(f, bytes.data(), st.size);
        zip_fclose(f);
        if (got != zip_int64_t(st.size)) {
            zip_discard(z);
            return std::nullopt;
        }
        entries.insert(QString::fromUtf8(st.name), bytes);
    }
    zip_discard(z);
    return entries;
}

/// The names of a ZIP's entries (readable without the passphrase).
inline QStringList entryNames(const QString& path)
{
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    QStringList names;
    if (!z)
        return names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i)
        names << QString::fromUtf8(zip_get_name(z, zip_uint64_t(i), 0));
    zip_discard(z);
    return names;
}

/// Why `json` is not valid against docs/subject-export.schema.json; empty when it is.
inline QString schemaProblem(const QByteArray& json)
{
    QTemporaryDir scratch;
    QFile file(scratch.filePath(QStringLiteral("data.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return QStringLiteral("cannot write %1").arg(file.fileName());
    file.close();
    QProcess validate;
    validate.start(QStringLiteral("python3"),
                   {QStringLiteral("-m"), QStringLiteral("jsonschema"), QStringLiteral("-i"),
                    file.fileName(),
                    QStringLiteral(TALLENNE_TEST_DATA "/../../docs/subject-export.schema.json")});
    if (!validate.waitForFinished(60000) || validate.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("python3 -m jsonschema did not run");
    if (validate.exitCode() == 0)
        return {};
    const QString problem =
        QString::fromUtf8(validate.readAllStandardOutput() + validate.readAllStandardError());
    return problem.isEmpty() ? QStringLiteral("invalid") : problem;
}

/// The text of a PDF as pdftotext extracts it, white space simplified; empty when it fails.
inline QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir scratch;
    QFile file(scratch.filePath(QStringLiteral("report.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                             file.fileName(), QStringLiteral("-")});
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace tallenne::test
