#include "services/requests/SubjectExportContent.h"

#include "services/NoticeRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tallenne {

namespace {
QJsonValue isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// The report's fixed sentences, in the requester's language (chosen independently of the UI
// language, as the notice's are).
QString say(NoticeLanguage language, const QString& fi, const QString& en)
{
    return language == NoticeLanguage::Finnish ? fi : en;
}

QString senderName(NoticeLanguage l, const QString& sender)
{
    if (sender == QLatin1String("customer"))
        return say(l, QStringLiteral("Asiakas"), QStringLiteral("Customer"));
    if (sender == QLatin1String("agent"))
        return say(l, QStringLiteral("Asiakaspalvelija"), QStringLiteral("Agent"));
    if (sender == QLatin1String("bot"))
        return say(l, QStringLiteral("Botti"), QStringLiteral("Bot"));
    return say(l, QStringLiteral("Järjestelmä"), QStringLiteral("System"));
}

NoticeDocument::Rich rich(const QString& text)
{
    return {NoticeDocument::Span{text, false}};
}

} // namespace

QString SubjectExportContent::recordingFile(qint64 callId)
{
    return QStringLiteral("recordings/call-%1.wav").arg(callId);
}

QString SubjectExportContent::transcriptFile(qint64 chatId)
{
    return QStringLiteral("transcripts/chat-%1.txt").arg(chatId);
}

QByteArray
SubjectExportContent::dataJson(const SubjectExportPlan& plan, const AccessRequestRecord& request,
                               const RegisterProfile& profile, NoticeLanguage language,
                               const QDateTime& now, const QList<ExportedSubject>& subjects,
                               const QList<ExportedCall>& calls, const QList<ExportedChat>& chats)
{
    QJsonArray subjectArray;
    for (const ExportedSubject& s : subjects) {
        QJsonArray identifiers;
        for (const auto& [kind, value] : s.identifiers)
            identifiers.append(
                QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), value}});
        subjectArray.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("restricted"), s.restricted},
                                        {QStringLiteral("identifiers"), identifiers}});
    }
    QJsonArray callArray;
    int tagCount = 0;
    for (const ExportedCall& c : calls) {
        QJsonArray tagArray;
        for (const TagRecord& t : c.tags) {
            tagArray.append(QJsonObject{{QStringLiteral("id"), t.id},
                                        {QStringLiteral("start_ms"), t.startMs},
                                        {QStringLiteral("end_ms"), t.endMs},
                                        {QStringLiteral("label"), t.label},
                                        {QStringLiteral("note"), t.note},
                                        {QStringLiteral("created_at"), isoOrNull(t.createdAt)}});
            ++tagCount;
        }
        QJsonValue recording;
        if (c.recordingId != 0)
            recording = QJsonObject{{QStringLiteral("file"), recordingFile(c.id)},
                                    {QStringLiteral("stored_codec"), c.audio.codec},
                                    {QStringLiteral("channels"), c.audio.channels},
                                    {QStringLiteral("sample_rate"), c.audio.sampleRate},
                                    {QStringLiteral("duration_ms"), c.audio.durationMs}};
        callArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("started_at"), isoOrNull(c.started)},
                                     {QStringLiteral("answered_at"), isoOrNull(c.answered)},
                                     {QStringLiteral("ended_at"), isoOrNull(c.ended)},
                                     {QStringLiteral("duration_s"), c.durationS},
                                     {QStringLiteral("billsec"), c.billsec},
                                     {QStringLiteral("direction"), c.direction},
                                     {QStringLiteral("caller"), c.caller},
                                     {QStringLiteral("service_number"), c.serviceNumber},
                                     {QStringLiteral("queue"), c.queue},
                                     {QStringLiteral("disposition"), c.disposition},
                                     {QStringLiteral("restricted"), c.restricted},
                                     {QStringLiteral("recording"), recording},
                                     {QStringLiteral("tags"), tagArray}});
    }
    QJsonArray chatArray;
    int messageCount = 0;
    for (const ExportedChat& c : chats) {
        QJsonArray messages;
        for (const ExportedMessage& m : c.messages) {
            messages.append(QJsonObject{{QStringLiteral("seq"), m.seq},
                                        {QStringLiteral("sent_at"), isoOrNull(m.sentAt)},
                                        {QStringLiteral("sender"), m.sender},
                                        {QStringLiteral("text"), m.text}});
            ++messageCount;
        }
        chatArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("started_at"), isoOrNull(c.started)},
                                     {QStringLiteral("ended_at"), isoOrNull(c.ended)},
                                     {QStringLiteral("nickname"), c.nickname},
                                     {QStringLiteral("channel"), c.channel},
                                     {QStringLiteral("restricted"), c.restricted},
                                     {QStringLiteral("transcript_file"), transcriptFile(c.id)},
                                     {QStringLiteral("messages"), messages}});
    }
    int recordings = 0;
    for (const ExportedCall& c : calls)
        recordings += c.recordingId != 0 ? 1 : 0;
    const QJsonObject root{
        {QStringLiteral("schema"), QStringLiteral("tallenne.subject-export/1")},
        {QStringLiteral("generated_at"), isoOrNull(now)},
        {QStringLiteral("language"), noticeLanguageCode(language)},
        {QStringLiteral("controller"),
         QJsonObject{{QStringLiteral("name"), profile.controller().name},
                     {QStringLiteral("business_id"), profile.controller().businessId},
                     {QStringLiteral("email"), profile.controller().email}}},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("id"), request.id},
                     {QStringLiteral("kind"), AccessRequestTerms::kindId(request.kind)},
                     {QStringLiteral("received_at"), isoOrNull(request.receivedAt)},
                     {QStringLiteral("verified_at"), isoOrNull(request.verifiedAt)},
                     {QStringLiteral("delivery"), plan.delivery}}},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("subjects"), int(subjects.size())},
                                               {QStringLiteral("calls"), int(calls.size())},
                                               {QStringLiteral("recordings"), recordings},
                                               {QStringLiteral("chats"), int(chats.size())},
                                               {QStringLiteral("messages"), messageCount},
                                               {QStringLiteral("tags"), tagCount}}},
        {QStringLiteral("subjects"), subjectArray},
        {QStringLiteral("calls"), callArray},
        {QStringLiteral("chats"), chatArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray SubjectExportContent::transcript(const ExportedChat& chat, NoticeLanguage l,
                                            const QTimeZone& zone)
{
    const auto local = [&zone](const QDateTime& t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QString();
    };
    QString out =
        say(l, QStringLiteral("Chat-keskustelu %1"), QStringLiteral("Chat %1")).arg(chat.id) +
        QLatin1Char('\n');
    out += say(l, QStringLiteral("Alkoi: %1"), QStringLiteral("Started: %1"))
               .arg(local(chat.started)) +
           QLatin1Char('\n');
    out +=
        say(l, QStringLiteral("Päättyi: %1"), QStringLiteral("Ended: %1")).arg(local(chat.ended)) +
        QLatin1Char('\n');
    out += say(l, QStringLiteral("Kanava: %1"), QStringLiteral("Channel: %1")).arg(chat.channel) +
           QStringLiteral("\n\n");
    for (const ExportedMessage& m : chat.messages)
        out +=
            QStringLiteral("[%1] %2: %3\n").arg(local(m.sentAt), senderName(l, m.sender), m.text);
    return out.toUtf8();
}

QString SubjectExportContent::reportHtml(const SubjectExportPlan& plan,
                                         const AccessRequestRecord& request,
                                         const RegisterProfile& profile, NoticeLanguage l,
                                         const QDateTime& now, int messages, int tags)
{
    const QTimeZone zone = profile.timeZone();
    const auto date = [&zone](const QDateTime& t) {
        return t.isValid() ? t.toTimeZone(zone).date().toString(QStringLiteral("d.M.yyyy"))
                           : QString();
    };
    NoticeDocument doc = NoticeRenderer::document(&profile, l);
    doc.title = say(l, QStringLiteral("Jäljennös henkilötiedoistasi"),
                    QStringLiteral("A copy of your personal data"));
    doc.preamble = {
        say(l, QStringLiteral("Päivämäärä %1 · pyyntö %2"), QStringLiteral("Date %1 · request %2"))
            .arg(date(now))
            .arg(request.id),
        say(l,
            QStringLiteral("Pyysit %1 saada tietää, mitä henkilötietoja %2 käsittelee sinusta "
                           "asiakaspalvelunsa puhelu- ja keskustelurekisterissä, ja saada niistä "
                           "jäljennöksen (EU:n tietosuoja-asetuksen 15 artikla). Henkilöllisyytesi "
                           "tarkistettiin %3. Tämä jäljennös on maksuton."),
            QStringLiteral("On %1 you asked to know which personal data %2 processes about you "
                           "in the register of its customer service calls and chats, and for a "
                           "copy of them (Article 15 of the EU General Data Protection "
                           "Regulation). Your identity was verified on %3. This copy is free of "
                           "charge."))
            .arg(date(request.receivedAt), profile.controller().name, date(request.verifiedAt)),
        say(l,
            QStringLiteral("Tiedostossa data.json ovat kaikki tiedot koneluettavassa muodossa, "
                           "kansiossa recordings puhelujen tallenteet WAV-tiedostoina ja kansiossa "
                           "transcripts chat-keskustelujen tekstit. Alla kerrotaan, mitä tietoja "
                           "sinusta on, miksi niitä käsitellään ja mitä oikeuksia sinulla on."),
            QStringLiteral("The file data.json holds all of the data in a machine-readable form, "
                           "the folder recordings the calls' recordings as WAV files and the "
                           "folder transcripts the texts of the chats. Below you can read what "
                           "data we hold about you, why it is processed and what rights you "
                           "have.")),
    };
    NoticeDocument::Section held;
    held.id = QStringLiteral("held");
    held.heading = say(l, QStringLiteral("Sinusta tallennetut tiedot"),
                       QStringLiteral("The data we hold about you"));
    NoticeDocument::Block counts;
    counts.list = true;
    counts.items = {
        rich(say(l, QStringLiteral("Henkilötietueita: %1"), QStringLiteral("Person records: %1"))
                 .arg(plan.subjectIds.size())),
        rich(say(l, QStringLiteral("Puheluita: %1"), QStringLiteral("Calls: %1"))
                 .arg(plan.callIds.size())),
        rich(say(l, QStringLiteral("Puhelutallenteita: %1"), QStringLiteral("Call recordings: %1"))
                 .arg(plan.recordings)),
        rich(say(l, QStringLiteral("Chat-keskusteluja: %1 (viestejä %2)"),
                 QStringLiteral("Chats: %1 (%2 messages)"))
                 .arg(plan.chatIds.size())
                 .arg(messages)),
        rich(say(l, QStringLiteral("Puheluihin tehtyjä merkintöjä: %1"),
                 QStringLiteral("Notes marked on calls: %1"))
                 .arg(tags)),
    };
    held.blocks.append(counts);
    doc.sections.prepend(held);
    return NoticeRenderer::toHtml(doc);
}

} // namespace tallenne
