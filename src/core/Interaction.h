#pragma once

#include <QString>

#include <optional>

namespace tallenne {

/// A call or a chat: what an evaluation, a calibration or a sample item is about.
struct Interaction
{
    enum class Kind
    {
        Call,
        Chat,
    };
    Kind kind = Kind::Call;
    qint64 id = 0;

    [[nodiscard]] static Interaction call(qint64 id) { return {Kind::Call, id}; }
    [[nodiscard]] static Interaction chat(qint64 id) { return {Kind::Chat, id}; }
    [[nodiscard]] bool isCall() const { return kind == Kind::Call; }
    [[nodiscard]] bool isValid() const { return id > 0; }
    /// "call:12" or "chat:7", as the audit trail names objects and the command line takes them.
    [[nodiscard]] QString object() const
    {
        return (isCall() ? QStringLiteral("call:%1") : QStringLiteral("chat:%1")).arg(id);
    }
    /// "call=12" or "chat=7": the interaction as an audit entry's detail (key=value).
    [[nodiscard]] QString detail() const
    {
        return (isCall() ? QStringLiteral("call=%1") : QStringLiteral("chat=%1")).arg(id);
    }
    /// Reads object()'s form; nullopt for anything else.
    [[nodiscard]] static std::optional<Interaction> fromObject(const QString& text)
    {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return std::nullopt;
        const QString kind = text.left(colon);
        bool ok = false;
        const qint64 id = text.mid(colon + 1).toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        if (kind == QLatin1String("call"))
            return call(id);
        if (kind == QLatin1String("chat"))
            return chat(id);
        return std::nullopt;
    }

    friend bool operator==(const Interaction&, const Interaction&) = default;
};

} // namespace tallenne
