#include "services/PublicNotice.h"

#include "services/NoticeRenderer.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace tallenne {

namespace {
// A notice is a few kilobytes; anything far larger is not one of ours.
constexpr qint64 maxNoticeBytes = 1024 * 1024;
} // namespace

QString PublicNotice::folder(const QString& registerFolder)
{
    return QDir(registerFolder).filePath(QStringLiteral("notice"));
}

QString PublicNotice::path(const QString& registerFolder, NoticeLanguage language, Format format)
{
    return QDir(folder(registerFolder))
        .filePath(QStringLiteral("notice_%1.%2")
                      .arg(noticeLanguageCode(language), format == Format::Html
                                                             ? QStringLiteral("html")
                                                             : QStringLiteral("txt")));
}

bool PublicNotice::publish(const QString& registerFolder, const RegisterProfile* profile,
                           Error* error)
{
    const QString dir = folder(registerFolder);
    if (!QDir().mkpath(dir))
        return fail(error, ErrorKind::Environment, tr("Cannot create the folder %1.").arg(dir));
    // Readable by everyone who can reach the register folder: it is the public notice.
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                   QFile::ExeOther);
    for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
        const NoticeDocument document = NoticeRenderer::document(profile, language);
        for (const Format format : {Format::Html, Format::Text}) {
            QSaveFile file(path(registerFolder, language, format));
            const QString content = format == Format::Html ? NoticeRenderer::toHtml(document)
                                                           : NoticeRenderer::toText(document);
            if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 ||
                !file.commit())
                return fail(error, ErrorKind::Environment,
                            tr("Cannot write the public notice %1: %2")
                                .arg(file.fileName(), file.errorString()));
            QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner |
                                                       QFile::ReadGroup | QFile::ReadOther);
        }
    }
    return true;
}

std::optional<QString> PublicNotice::read(const QString& registerFolder, NoticeLanguage language,
                                          Format format, Error* error)
{
    QFile file(path(registerFolder, language, format));
    if (!file.exists()) {
        return format == Format::Html ? NoticeRenderer::html(nullptr, language)
                                      : NoticeRenderer::text(nullptr, language);
    }
    if (file.size() > maxNoticeBytes || !file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::Environment,
             tr("Cannot read the public notice %1.").arg(file.fileName()));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace tallenne
