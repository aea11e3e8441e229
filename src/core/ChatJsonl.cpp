#include "core/ChatJsonl.h"

#include "core/Email.h"
#include "core/IdentityCode.h"
#include "core/PhoneNumber.h"
#include "core/TextSanitizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace tallenne {

namespace {

constexpr int maxShortText = ChatJsonl::MaxShortChars;

// Fails with "path: message".
std::nullopt_t bad(QString* reason, const QString& path, const QString& message)
{
    *reason = path + QStringLiteral(": ") + message;
    return std::nullopt;
}

QString joinPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

// Unknown keys are refused, so a misspelt "ended" does not vanish silently.
bool onlyKnownKeys(const QJsonObject& object, const QStringList& known, const QString& path,
                   QString* reason)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            bad(reason, joinPath(path, it.key()),
                ChatJsonl::tr("unknown field (expected one of %1)")
                    .arg(known.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

// An optional string field; false with a reason when present but not a string or too long.
bool optionalString(const QJsonObject& object, const QString& key, const QString& path,
                    int maxLength, QString* out, QString* reason)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        bad(reason, joinPath(path, key), ChatJsonl::tr("must be a string"));
        return false;
    }
    if (maxLength > 0 && value.toString().size() > maxLength) {
        bad(reason, joinPath(path, key),
            ChatJsonl::tr("must be at most %1 characters").arg(maxLength));
        return false;
    }
    *out = value.toString();
    return true;
}

bool requiredTime(const QJsonObject& object, const QString& key, const QString& path,
                  QDateTime* out, QString* reason)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        bad(reason, joinPath(path, key), ChatJsonl::tr("is missing"));
        return false;
    }
    *out = value.isString() ? ChatJsonl::parseTime(value.toString()) : QDateTime();
    if (!out->isValid()) {
        bad(reason, joinPath(path, key),
            ChatJsonl::tr("must be an ISO 8601 date and time with a UTC offset, such as "
                          "2024-05-02T14:03:00+03:00"));
        return false;
    }
    return true;
}

bool parseSubject(const QJsonValue& value, ChatSubjectRecord* subject, const QString& region,
                  QString* reason)
{
    const QString path = QStringLiteral("subject");
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        bad(reason, path, ChatJsonl::tr("must be an object"));
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!onlyKnownKeys(object,
                       {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("name"),
                        QStringLiteral("identity_code")},
                       path, reason))
        return false;
    QString phone, email, name, code, why;
    if (!optionalString(object, QStringLiteral("phone"), path, maxShortText, &phone, reason) ||
        !optionalString(object, QStringLiteral("email"), path, maxShortText, &email, reason) ||
        !optionalString(object, QStringLiteral("name"), path, maxShortText, &name, reason) ||
        !optionalString(object, QStringLiteral("identity_code"), path, maxShortText, &code, reason))
        return false;
    if (!phone.trimmed().isEmpty()) {
        const auto e164 = PhoneNumber::toE164(phone, region, &why);
        if (!e164) {
            bad(reason, QStringLiteral("subject.phone"), why);
            return false;
        }
        subject->phone = *e164;
    }
    if (!email.trimmed().isEmpty()) {
        const auto normal = Email::normalise(email, &why);
        if (!normal) {
            bad(reason, QStringLiteral("subject.email"), why);
            return false;
        }
        subject->email = *normal;
    }
    if (!code.trimmed().isEmpty()) {
        const auto parsed = IdentityCode::parse(code, &why);
        if (!parsed) {
            bad(reason, QStringLiteral("subject.identity_code"), why);
            return false;
        }
        subject->identityCode = parsed->normalised();
    }
    subject->name = TextSanitizer::clean(name, TextSanitizer::Lines::One);
    return true;
}

} // namespace

QStringList ChatJsonl::senders()
{
    return {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("bot"),
            QStringLiteral("system")};
}

QDateTime ChatJsonl::parseTime(const QString& text)
{
    // Qt reads a time without an offset as local time; the format demands one.
    static const QRegularExpression withOffset(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!withOffset.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<ChatRecord> ChatJsonl::parseLine(const QByteArray& line, QString* reason,
                                               const QString& phoneRegion)
{
    if (line.size() > MaxLineBytes) {
        *reason = tr("the line is longer than %1 bytes").arg(MaxLineBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = tr("not valid JSON (%1 at character %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *reason = tr("a line must hold one JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (!onlyKnownKeys(object,
                       {QStringLiteral("id"), QStringLiteral("started"), QStringLiteral("ended"),
                        QStringLiteral("nickname"), QStringLiteral("agent"),
                        QStringLiteral("channel"), QStringLiteral("messages"),
                        QStringLiteral("subject")},
                       {}, reason))
        return std::nullopt;

    ChatRecord chat;
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().trimmed().isEmpty() || id.toString().size() > maxShortText)
        return bad(reason, QStringLiteral("id"),
                   tr("must be a non-empty string of at most %1 characters").arg(maxShortText));
    chat.id = id.toString().trimmed();
    if (!requiredTime(object, QStringLiteral("started"), {}, &chat.started, reason))
        return std::nullopt;
    const QJsonValue ended = object.value(QStringLiteral("ended"));
    if (!ended.isUndefined() && !ended.isNull()) {
        if (!requiredTime(object, QStringLiteral("ended"), {}, &chat.ended, reason))
            return std::nullopt;
        if (chat.ended < chat.started)
            return bad(reason, QStringLiteral("ended"), tr("is before started"));
    }
    if (!optionalString(object, QStringLiteral("nickname"), {}, maxShortText, &chat.nickname,
                        reason) ||
        !optionalString(object, QStringLiteral("agent"), {}, maxShortText, &chat.agent, reason) ||
        !optionalString(object, QStringLiteral("channel"), {}, maxShortText, &chat.channel, reason))
        return std::nullopt;
    static const QRegularExpression channelPattern(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    if (!chat.channel.isEmpty() && !channelPattern.match(chat.channel).hasMatch())
        return bad(reason, QStringLiteral("channel"),
                   tr("must be a lower-case word such as web, whatsapp or messenger"));
    chat.agent = chat.agent.trimmed();
    int replaced = 0;
    chat.nickname = TextSanitizer::clean(chat.nickname, TextSanitizer::Lines::One, &replaced);
    chat.controlCharacters += replaced;
    chat.agent = TextSanitizer::clean(chat.agent, TextSanitizer::Lines::One, &replaced);
    chat.controlCharacters += replaced;

    const QJsonValue messages = object.value(QStringLiteral("messages"));
    if (!messages.isArray())
        return bad(reason, QStringLiteral("messages"), tr("must be an array"));
    const QJsonArray array = messages.toArray();
    if (array.size() > MaxMessages)
        return bad(reason, QStringLiteral("messages"),
                   tr("a chat has at most %1 messages; this one has %2")
                       .arg(MaxMessages)
                       .arg(array.size()));
    const QStringList senderNames = senders();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("messages[%1]").arg(i);
        if (!array.at(i).isObject())
            return bad(reason, path, tr("must be an object"));
        const QJsonObject m = array.at(i).toObject();
        if (!onlyKnownKeys(
                m, {QStringLiteral("time"), QStringLiteral("sender"), QStringLiteral("text")}, path,
                reason))
            return std::nullopt;
        ChatMessageRecord message;
        if (!requiredTime(m, QStringLiteral("time"), path, &message.time, reason))
            return std::nullopt;
        message.sender = m.value(QStringLiteral("sender")).toString();
        if (!senderNames.contains(message.sender))
            return bad(reason, path + QStringLiteral(".sender"),
                       tr("must be customer, agent, bot or system"));
        const QJsonValue textValue = m.value(QStringLiteral("text"));
        if (!textValue.isString())
            return bad(reason, path + QStringLiteral(".text"), tr("must be a string"));
        if (textValue.toString().size() > MaxMessageChars)
            return bad(reason, path + QStringLiteral(".text"),
                       tr("must be at most %1 characters").arg(MaxMessageChars));
        message.text =
            TextSanitizer::clean(textValue.toString(), TextSanitizer::Lines::Keep, &replaced);
        chat.controlCharacters += replaced;
        chat.messages.append(message);
    }
    if (!parseSubject(object.value(QStringLiteral("subject")), &chat.subject, phoneRegion, reason))
        return std::nullopt;
    const QString rawName =
        object.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString();
    (void)TextSanitizer::clean(rawName, TextSanitizer::Lines::One, &replaced);
    chat.controlCharacters += replaced;
    return chat;
}

QString ChatJsonl::channelName(const QString& channel)
{
    if (channel == QLatin1String("web"))
        return tr("web chat");
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (channel == QLatin1String("messenger"))
        return QStringLiteral("Messenger");
    if (channel == QLatin1String("sms"))
        return tr("text message");
    if (channel == QLatin1String("email"))
        return tr("e-mail");
    // The services' own spellings; any other channel is written as a name, capitalised.
    static const QHash<QString, QString> brands = {
        {QStringLiteral("facebook"), QStringLiteral("Facebook")},
        {QStringLiteral("instagram"), QStringLiteral("Instagram")},
        {QStringLiteral("telegram"), QStringLiteral("Telegram")},
        {QStringLiteral("teams"), QStringLiteral("Microsoft Teams")},
        {QStringLiteral("x"), QStringLiteral("X")},
        {QStringLiteral("twitter"), QStringLiteral("X (Twitter)")},
        {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
        {QStringLiteral("signal"), QStringLiteral("Signal")},
        {QStringLiteral("viber"), QStringLiteral("Viber")},
        {QStringLiteral("wechat"), QStringLiteral("WeChat")},
        {QStringLiteral("line"), QStringLiteral("LINE")},
        {QStringLiteral("rcs"), QStringLiteral("RCS")},
        {QStringLiteral("apple"), QStringLiteral("Apple Messages for Business")},
        {QStringLiteral("google"), QStringLiteral("Google Business Messages")},
    };
    if (const auto brand = brands.constFind(channel.toLower()); brand != brands.cend())
        return *brand;
    if (channel.isEmpty())
        return channel;
    return channel.at(0).toUpper() + channel.mid(1);
}

} // namespace tallenne
