#pragma once

#include "core/Error.h"
#include "core/RegisterProfile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QString>

namespace tallenne {

/// The privacy notice as a structure: sections of paragraphs and lists, each made of spans
/// that are either text or a visible "text missing in this language" marker. The HTML and
/// the plain text are two views of the same document.
struct NoticeDocument
{
    struct Span
    {
        QString text;
        bool missing = false; ///< the profile lacks this text in the notice's language
    };
    using Rich = QList<Span>;
    struct Block
    {
        bool list = false; ///< a bulleted list of items; otherwise one paragraph per item
        QList<Rich> items;
    };
    struct Section
    {
        QString id; ///< "controller", "retention", …
        QString heading;
        QList<Block> blocks;
    };

    QString languageCode;
    QString title;
    Rich subtitle; ///< the register's name
    QList<QString> preamble;
    QList<Section> sections;
};

/// Renders the privacy notice from a register profile in one language. Pure: the same
/// profile and language always give the same text. The fixed sentences come from the
/// templates in resources/notice/ (notice_fi.json, notice_en.json), not from tr(): the
/// notice's language is chosen independently of the UI language. Retention is rendered from
/// RetentionPolicy, the object the purge enforces.
class NoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRenderer)

public:
    /// `profile` null: the notice that says no profile has been set yet.
    [[nodiscard]] static NoticeDocument document(const RegisterProfile* profile,
                                                 NoticeLanguage language);
    [[nodiscard]] static QString html(const RegisterProfile* profile, NoticeLanguage language);
    [[nodiscard]] static QString text(const RegisterProfile* profile, NoticeLanguage language);

    [[nodiscard]] static QString toHtml(const NoticeDocument& document);
    /// Plain text wrapped at 78 columns.
    [[nodiscard]] static QString toText(const NoticeDocument& document);

    /// Prints HTML (a rendered notice) to an A4 PDF. Needs a QGuiApplication (fonts); fails
    /// with ErrorKind::Environment without one, and when the file cannot be written.
    [[nodiscard]] static bool writePdf(const QString& html, const QString& path, Error* error);
    /// The same into an open device (e.g. a QBuffer: a PDF that goes into a ZIP, never a file).
    /// `images` are what the HTML's <img src="NAME"> name (charts of a report).
    [[nodiscard]] static bool writePdf(const QString& html, QIODevice* device, Error* error,
                                       const QList<std::pair<QString, QImage>>& images = {});
};

} // namespace tallenne
