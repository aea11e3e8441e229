// SignedHead: the kept audit head's file (`audit head --out`, read back by `audit verify
// --head FILE`), apart from the witness so that its reader can be fuzzed on its own.

#include "services/audit/SignedHead.h"

#include "services/audit/KeptHeadWitness.h" // its messages keep the witness's context

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tallenne {

namespace {

void addField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

QString utc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

SignedHead SignedHead::make(const QString& registerId, qint64 sequence, const QByteArray& hash,
                            const QString& signer, const SigningKey& key, const QDateTime& time)
{
    SignedHead head;
    head.registerId = registerId;
    head.sequence = sequence;
    head.hash = hash;
    head.signer = signer;
    head.signerKey = key.publicKey();
    const QDateTime t = time.toUTC();
    head.time = QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
    head.signature = key.sign(head.message());
    return head;
}

QByteArray SignedHead::message() const
{
    QByteArray out;
    addField(out, QByteArray(Format));
    addField(out, registerId.toUtf8());
    addField(out, QByteArray::number(sequence));
    addField(out, hash);
    addField(out, signer.toUtf8());
    addField(out, signerKey.toHex());
    addField(out, utc(time).toUtf8());
    return out;
}

bool SignedHead::signatureValid() const
{
    return SigningKey::verify(signerKey, message(), signature);
}

QByteArray SignedHead::toJson() const
{
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(Format)},
                        {QStringLiteral("register"), registerId},
                        {QStringLiteral("sequence"), sequence},
                        {QStringLiteral("hash"), QString::fromLatin1(hash)},
                        {QStringLiteral("signer"), signer},
                        {QStringLiteral("signer_key"), QString::fromLatin1(signerKey.toHex())},
                        {QStringLiteral("time"), utc(time)},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toHex())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<SignedHead> SignedHead::fromJson(const QByteArray& json, Error* error)
{
    const auto reject = [&](const QString& why) -> std::optional<SignedHead> {
        fail(error, ErrorKind::InputRejected,
             KeptHeadWitness::tr("This is not a signed audit head: %1").arg(why));
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject())
        return reject(parse.errorString());
    const QJsonObject o = doc.object();
    const QSet<QString> expected{QStringLiteral("format"),   QStringLiteral("register"),
                                 QStringLiteral("sequence"), QStringLiteral("hash"),
                                 QStringLiteral("signer"),   QStringLiteral("signer_key"),
                                 QStringLiteral("time"),     QStringLiteral("signature")};
    const QStringList keys = o.keys();
    if (QSet<QString>(keys.cbegin(), keys.cend()) != expected)
        return reject(
            KeptHeadWitness::tr("it must have exactly the fields %1")
                .arg(QStringList(expected.cbegin(), expected.cend()).join(QStringLiteral(", "))));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return reject(KeptHeadWitness::tr("unknown format"));
    SignedHead head;
    head.registerId = o.value(QStringLiteral("register")).toString();
    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    // A whole number a double holds exactly (JSON numbers are doubles): converting one past
    // qint64's range is undefined behaviour (found by fuzz/targets/fuzz_audit_head).
    const double number = sequence.isDouble() ? sequence.toDouble() : 0.0;
    constexpr double exact = 9007199254740992.0; // 2^53
    head.sequence = number >= 1.0 && number <= exact ? qint64(number) : 0;
    head.hash = o.value(QStringLiteral("hash")).toString().toLatin1().toLower();
    head.signer = o.value(QStringLiteral("signer")).toString();
    head.signerKey =
        QByteArray::fromHex(o.value(QStringLiteral("signer_key")).toString().toLatin1());
    head.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
    head.signature =
        QByteArray::fromHex(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (head.registerId.isEmpty() || head.sequence <= 0 ||
        double(head.sequence) != sequence.toDouble() ||
        QByteArray::fromHex(head.hash).size() != 32 || head.signer.isEmpty() ||
        head.signerKey.size() != qsizetype(SigningKey::PublicKeyBytes) || !head.time.isValid() ||
        head.signature.size() != qsizetype(SigningKey::SignatureBytes))
        return reject(KeptHeadWitness::tr("a field has the wrong form"));
    return head;
}

} // namespace tallenne
