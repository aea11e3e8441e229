#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tallenne {

struct ChatMessageRecord
{
    QDateTime time; ///< UTC
    QString sender; ///< customer, agent, bot, system
    QString text;
};

/// The identifiers a chat line gives for its data subject, already normalised (phone E.164,
/// e-mail lower case, identity code upper case, name with single spaces). Empty when absent.
struct ChatSubjectRecord
{
    QString phone, email, name, identityCode;
    [[nodiscard]] bool isEmpty() const
    {
        return phone.isEmpty() && email.isEmpty() && name.isEmpty() && identityCode.isEmpty();
    }
};

/// One chat of a chats JSON Lines file (docs/import-formats.md), checked.
struct ChatRecord
{
    QString id;
    QDateTime started, ended; ///< UTC; `ended` invalid when not given
    QString nickname, agent, channel;
    QList<ChatMessageRecord> messages;
    ChatSubjectRecord subject;
    /// Control characters removed or replaced in the texts and names (TextSanitizer).
    int controlCharacters = 0;
};

/// The pure parser of the chats JSON Lines format: one chat per line, validated strictly.
///
/// Limits (docs/import-formats.md, *Limits*): a line of at most MaxLineBytes, at most
/// MaxMessages messages, each text at most MaxMessageChars characters (UTF-16 code units);
/// ids, names, nicknames, agents and the subject's fields at most MaxShortChars. A chat
/// window's message is a few hundred characters and a long chat a few hundred messages; the
/// limits are far above that and keep one line's parse within tens of megabytes.
class ChatJsonl
{
    Q_DECLARE_TR_FUNCTIONS(ChatJsonl)

public:
    static constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;
    static constexpr int MaxMessages = 10000;
    static constexpr int MaxMessageChars = 20000;
    static constexpr int MaxShortChars = 200;

    /// Parses one line. On failure returns nullopt and a reason that starts with the JSON
    /// path of the bad value ("messages[2].sender: must be customer, agent, bot or system").
    /// The reason never repeats a phone number, address, name or identity code. Texts and
    /// names are cleaned of control characters the one documented way (TextSanitizer).
    /// `phoneRegion` is the region national phone numbers are read in (PhoneNumber::read).
    /// A line over MaxLineBytes is refused before it is parsed.
    [[nodiscard]] static std::optional<ChatRecord>
    parseLine(const QByteArray& line, QString* reason,
              const QString& phoneRegion = QStringLiteral("FI"));

    /// An ISO 8601 date and time that carries a UTC offset (`Z` or `+02:00`); invalid otherwise.
    [[nodiscard]] static QDateTime parseTime(const QString& text);

    static QStringList senders();
    /// A channel in words for people (translated): "web" → "web chat"; a messaging service
    /// in its own spelling ("facebook" → "Facebook"); any other channel (a lower-case word)
    /// capitalised.
    [[nodiscard]] static QString channelName(const QString& channel);
};

} // namespace tallenne
