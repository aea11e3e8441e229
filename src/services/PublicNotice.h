#pragma once

#include "core/Error.h"
#include "core/RegisterProfile.h"

#include <QCoreApplication>
#include <QString>

namespace tallenne {

/// The privacy notice as public files beside the encrypted database:
/// `<register>/notice/notice_fi.html`, `notice_en.html` (and `.txt` twins for the command
/// line). The notice is public information and holds no personal data of data subjects, so
/// it is readable from the login screen before the register is unlocked. ProfileService
/// rewrites the files after every successful `profile set`.
class PublicNotice
{
    Q_DECLARE_TR_FUNCTIONS(PublicNotice)

public:
    enum class Format
    {
        Html,
        Text,
    };

    [[nodiscard]] static QString folder(const QString& registerFolder);
    [[nodiscard]] static QString path(const QString& registerFolder, NoticeLanguage language,
                                      Format format);

    /// Renders `profile` (null: the "no profile yet" notice) in both languages and replaces
    /// the files atomically.
    [[nodiscard]] static bool publish(const QString& registerFolder, const RegisterProfile* profile,
                                      Error* error);

    /// The published notice; when none has been published, the "no profile yet" notice.
    /// Fails only when a file exists but cannot be read (or is implausibly large).
    [[nodiscard]] static std::optional<QString>
    read(const QString& registerFolder, NoticeLanguage language, Format format, Error* error);
};

} // namespace tallenne
