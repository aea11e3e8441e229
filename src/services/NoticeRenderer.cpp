#include "services/NoticeRenderer.h"

#include "core/RetentionPolicy.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QUrl>

namespace tallenne {

namespace {

using Span = NoticeDocument::Span;
using Rich = NoticeDocument::Rich;
using Block = NoticeDocument::Block;
using Section = NoticeDocument::Section;

/// The fixed sentences of one language, from resources/notice/notice_<lang>.json.
class NoticeTemplate
{
public:
    explicit NoticeTemplate(NoticeLanguage language) : m_root(root(language)) {}

    /// The string at a dotted path ("retention.kinds.recordings"); empty when absent, which
    /// the tests catch (every heading and sentence is checked).
    [[nodiscard]] QString s(const QString& path) const { return value(path).toString(); }
    [[nodiscard]] QStringList list(const QString& path) const
    {
        QStringList out;
        for (const QJsonValue& v : value(path).toArray())
            out << v.toString();
        return out;
    }

private:
    static QJsonObject load(const QString& code)
    {
        QFile file(QStringLiteral(":/notice/notice_%1.json").arg(code));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The notice template %s is not in the resources", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static const QJsonObject& root(NoticeLanguage language)
    {
        static const QJsonObject fi = load(QStringLiteral("fi"));
        static const QJsonObject en = load(QStringLiteral("en"));
        return language == NoticeLanguage::Finnish ? fi : en;
    }
    [[nodiscard]] QJsonValue value(const QString& path) const
    {
        QJsonValue v = m_root;
        for (const QString& key : path.split(QLatin1Char('.')))
            v = v.toObject().value(key);
        return v;
    }

    const QJsonObject& m_root;
};

Rich plain(const QString& text)
{
    return {Span{text, false}};
}

/// Replaces {name} placeholders with spans; unknown placeholders stay as they are.
Rich fill(const QString& phrase, const QHash<QString, Rich>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    Rich out;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(phrase);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto found = values.constFind(match.captured(1));
        if (found == values.constEnd())
            continue;
        if (match.capturedStart() > at)
            out << Span{phrase.mid(at, match.capturedStart() - at), false};
        out << *found;
        at = match.capturedEnd();
    }
    if (at < phrase.size())
        out << Span{phrase.mid(at), false};
    return out;
}

class Builder
{
public:
    Builder(const RegisterProfile* profile, NoticeLanguage language)
        : m_profile(profile), m_language(language), m_t(language)
    {}

    NoticeDocument build();

private:
    Rich localized(const LocalizedText& text) const
    {
        if (text.has(m_language))
            return plain(text.in(m_language));
        return {Span{m_t.s(QStringLiteral("missing_text")), true}};
    }
    QList<Rich> localizedItems(const QList<LocalizedText>& texts) const
    {
        QList<Rich> out;
        for (const LocalizedText& t : texts)
            out << localized(t);
        return out;
    }
    /// "6 kuukautta" / "kuukausi"; `form` is months, months_gen or months_ade. The running-text
    /// forms (months_gen, months_ade) write 2-10 as words where the template has them
    /// ("kahdella kuukaudella", review N13); list items keep digits ("3 kuukautta").
    QString count(int n, const QString& form) const
    {
        if (n == 1)
            return m_t.s(QStringLiteral("forms.%1_one").arg(form));
        const QString words = m_t.s(QStringLiteral("forms.%1_words.%2").arg(form).arg(n));
        if (!words.isEmpty())
            return words;
        return m_t.s(QStringLiteral("forms.%1_other").arg(form))
            .replace(QStringLiteral("{n}"), QString::number(n));
    }
    Rich phrase(const QString& path, const QHash<QString, Rich>& values = {}) const
    {
        return fill(m_t.s(path), values);
    }
    QString date(const QDate& d) const
    {
        const QLocale locale = m_language == NoticeLanguage::Finnish
                                   ? QLocale(QLocale::Finnish, QLocale::Finland)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
        return locale.toString(d, m_t.s(QStringLiteral("date_format")));
    }
    static Block paragraph(const Rich& text) { return Block{false, {text}}; }
    static Block list(const QList<Rich>& items) { return Block{true, items}; }
    QList<Rich> wordsOf(const QStringList& ids, const QString& table) const
    {
        QList<Rich> out;
        for (const QString& id : ids)
            out << plain(m_t.s(table + QLatin1Char('.') + id));
        return out;
    }
    Section section(const QString& id, QList<Block> blocks) const
    {
        return Section{id, m_t.s(QStringLiteral("headings.") + id), std::move(blocks)};
    }

    Section controller() const;
    Section dpo() const;
    Section subjects() const;
    Section purposes() const;
    Section recipients() const;
    Section transfers() const;
    Section retention() const;
    Section security() const;
    Section automated() const;
    Section rights() const;

    const RegisterProfile* m_profile;
    NoticeLanguage m_language;
    NoticeTemplate m_t;
};

Section Builder::controller() const
{
    const ControllerInfo& c = m_profile->controller();
    const ContactInfo& contact = m_profile->contact();
    const auto line = [this](const char* key, const QString& value) {
        return phrase(QStringLiteral("controller.") + QLatin1String(key),
                      {{QStringLiteral("value"), plain(value)}});
    };
    QList<Rich> contactLines = {plain(contact.name), line("email", contact.email)};
    if (!contact.phone.isEmpty())
        contactLines << line("phone", contact.phone);
    return section(QStringLiteral("controller"),
                   {paragraph(plain(c.name)),
                    list({line("business_id", c.businessId), line("address", c.address),
                          line("phone", c.phone), line("email", c.email)}),
                    paragraph(phrase(QStringLiteral("controller.contact_intro"))),
                    list(contactLines)});
}

Section Builder::dpo() const
{
    // GDPR art. 13(1)(b): the DPO identifiable as such, apart from the contact person.
    const DpoInfo& d = *m_profile->dpo();
    const auto line = [this](const char* key, const QString& value) {
        return phrase(QStringLiteral("controller.") + QLatin1String(key),
                      {{QStringLiteral("value"), plain(value)}});
    };
    QList<Rich> lines = {plain(d.name), line("email", d.email)};
    if (!d.phone.isEmpty())
        lines << line("phone", d.phone);
    if (!d.address.isEmpty())
        lines << line("address", d.address);
    return section(QStringLiteral("dpo"),
                   {paragraph(phrase(QStringLiteral("dpo.intro"))), list(lines)});
}

Section Builder::subjects() const
{
    // The profile's own groups (review N3), or the general ones; the staff always, since
    // their names (and voices, where calls are recorded) are in the register too.
    QList<Rich> items = localizedItems(m_profile->dataSubjects());
    if (items.isEmpty()) {
        for (const QString& s : m_t.list(QStringLiteral("register.subjects_default")))
            items << plain(s);
    }
    const bool voices = m_profile->dataCategories().contains(QLatin1String("voice_recording"));
    items << phrase(voices ? QStringLiteral("register.staff_recorded")
                           : QStringLiteral("register.staff"));
    return section(QStringLiteral("register"),
                   {paragraph(localized(m_profile->registerName())),
                    paragraph(phrase(QStringLiteral("register.subjects_intro"))), list(items),
                    paragraph(phrase(QStringLiteral("register.staff_notice")))});
}

Section Builder::purposes() const
{
    QList<Rich> bases;
    for (const LegalBasisEntry& b : m_profile->legalBases())
        bases << phrase(
            QStringLiteral("purposes.basis_item"),
            {{QStringLiteral("basis"), plain(m_t.s(QStringLiteral("legal_bases.") + b.basisId))},
             {QStringLiteral("explanation"), localized(b.explanation)}});
    return section(QStringLiteral("purposes"),
                   {paragraph(phrase(QStringLiteral("purposes.intro"))),
                    list(localizedItems(m_profile->purposes())),
                    paragraph(phrase(QStringLiteral("purposes.basis_intro"))), list(bases)});
}

Section Builder::recipients() const
{
    if (m_profile->recipients().isEmpty())
        return section(QStringLiteral("recipients"),
                       {paragraph(phrase(QStringLiteral("recipients.none")))});
    return section(QStringLiteral("recipients"),
                   {paragraph(phrase(QStringLiteral("recipients.intro"))),
                    list(localizedItems(m_profile->recipients()))});
}

Section Builder::transfers() const
{
    if (!m_profile->transfersOutsideEea())
        return section(QStringLiteral("transfers"),
                       {paragraph(phrase(QStringLiteral("transfers.no")))});
    return section(QStringLiteral("transfers"),
                   {paragraph(phrase(QStringLiteral("transfers.yes"))),
                    paragraph(localized(m_profile->transfersSafeguards()))});
}

Section Builder::retention() const
{
    // Rendered from the enforced policy, never from the profile's numbers directly. Every
    // category the register holds is listed; one without a fixed period is not deleted
    // automatically, and the notice says so and gives the profile's criterion for it
    // (GDPR art. 13(2)(a); review N2).
    const RetentionPolicy policy = RetentionPolicy::fromProfile(*m_profile);
    QList<Rich> items;
    int fixed = 0;
    int withoutPeriod = 0;
    for (const RetentionPolicy::Kind kind : RetentionPolicy::kinds()) {
        const QString id = RetentionPolicy::kindId(kind);
        if (!m_profile->holdsRetentionKind(id))
            continue;
        const Rich name = plain(m_t.s(QStringLiteral("retention.kinds.") + id));
        if (policy.hasFixedPeriod(kind)) {
            ++fixed;
            items << phrase(QStringLiteral("retention.item"),
                            {{QStringLiteral("kind"), name},
                             {QStringLiteral("period"),
                              plain(count(policy.months(kind), QStringLiteral("months")))}});
            continue;
        }
        ++withoutPeriod;
        const auto criterion = m_profile->retention().criteria.constFind(id);
        const Rich why = criterion != m_profile->retention().criteria.constEnd()
                             ? localized(*criterion)
                             : Rich{Span{m_t.s(QStringLiteral("retention.no_criterion")), true}};
        items << phrase(QStringLiteral("retention.item_criterion"),
                        {{QStringLiteral("kind"), name}, {QStringLiteral("criterion"), why}});
    }
    Rich intro = phrase(withoutPeriod == 0 ? QStringLiteral("retention.intro_fixed")
                        : fixed > 0        ? QStringLiteral("retention.intro_mixed")
                                           : QStringLiteral("retention.intro_none"));
    if (fixed > 0)
        intro << Span{QStringLiteral(" "), false} << phrase(QStringLiteral("retention.counted"));
    QList<Block> blocks = {paragraph(intro), list(items)};
    if (policy.allowsHolds()) {
        blocks << paragraph(phrase(QStringLiteral("retention.holds_intro")))
               << list(wordsOf(policy.holdReasons(), QStringLiteral("hold_reasons")));
        blocks << paragraph(
            policy.holdMaxMonths() > 0
                ? phrase(QStringLiteral("retention.hold_limit"),
                         {{QStringLiteral("months_gen"),
                           plain(count(policy.holdMaxMonths(), QStringLiteral("months_gen")))}})
                : phrase(QStringLiteral("retention.hold_no_limit")));
    } else {
        blocks << paragraph(phrase(QStringLiteral("retention.no_holds")));
    }
    return section(QStringLiteral("retention"), blocks);
}

Section Builder::security() const
{
    QList<Rich> items;
    for (const QString& s : m_t.list(QStringLiteral("security.tallenne")))
        items << plain(s);
    items << localizedItems(m_profile->securityMeasures());
    return section(QStringLiteral("security"),
                   {paragraph(phrase(QStringLiteral("security.intro"))), list(items)});
}

Section Builder::automated() const
{
    if (!m_profile->automatedDecisionMaking())
        return section(QStringLiteral("automated"),
                       {paragraph(phrase(QStringLiteral("automated.no")))});
    return section(QStringLiteral("automated"),
                   {paragraph(phrase(QStringLiteral("automated.yes"))),
                    paragraph(localized(m_profile->automatedDecisionDetails())),
                    paragraph(phrase(QStringLiteral("automated.yes_review")))});
}

Section Builder::rights() const
{
    const RightsSettings& r = m_profile->rights();
    QList<Rich> rightsList;
    for (const char* key : {"access", "rectification", "erasure", "restriction", "objection"})
        rightsList << phrase(QStringLiteral("rights.") + QLatin1String(key));
    // Art. 20 applies only to processing based on consent or a contract (review N16).
    if (m_profile->hasBasis(LegalBasis::Consent) || m_profile->hasBasis(LegalBasis::Contract))
        rightsList << phrase(QStringLiteral("rights.portability"));
    if (m_profile->hasBasis(LegalBasis::Consent))
        rightsList << phrase(QStringLiteral("rights.withdraw_consent"));
    const auto months = [this](int n, const char* form) {
        return plain(count(n, QLatin1String(form)));
    };
    return section(
        QStringLiteral("rights"),
        {paragraph(phrase(QStringLiteral("rights.intro"))), list(rightsList),
         paragraph(phrase(QStringLiteral("rights.send"),
                          {{QStringLiteral("email"), plain(m_profile->contact().email)},
                           {QStringLiteral("address"), plain(m_profile->controller().address)}})),
         paragraph(
             phrase(QStringLiteral("rights.response"),
                    {{QStringLiteral("months_gen"), months(r.responseMonths, "months_gen")}})),
         paragraph(r.extensionMonths > 0 ? phrase(QStringLiteral("rights.extension"),
                                                  {{QStringLiteral("months_ade"),
                                                    months(r.extensionMonths, "months_ade")}})
                                         : phrase(QStringLiteral("rights.no_extension"))),
         // GDPR art. 12(5), 15(3): the first copy is free (review N1).
         paragraph(phrase(QStringLiteral("rights.free"))),
         paragraph(phrase(QStringLiteral("rights.identity_intro"))),
         list(wordsOf(r.identityVerification, QStringLiteral("identity_verification"))),
         paragraph(phrase(QStringLiteral("rights.delivery_intro"))),
         list(wordsOf(r.delivery, QStringLiteral("delivery")))});
}

NoticeDocument Builder::build()
{
    NoticeDocument doc;
    doc.languageCode = noticeLanguageCode(m_language);
    doc.title = m_t.s(QStringLiteral("title"));
    if (!m_profile) {
        doc.preamble << m_t.s(QStringLiteral("no_profile.text"))
                     << m_t.s(QStringLiteral("no_profile.ask"));
        return doc;
    }
    const QString updated = date(m_profile->updated());
    doc.subtitle = localized(m_profile->registerName());
    doc.preamble << m_t.s(QStringLiteral("updated_line")).replace(QStringLiteral("{date}"), updated)
                 << m_t.s(QStringLiteral("preamble"));
    doc.sections << controller();
    if (m_profile->dpo())
        doc.sections << dpo();
    doc.sections
        << subjects() << purposes()
        << section(QStringLiteral("data"),
                   {paragraph(phrase(QStringLiteral("data.intro"))),
                    list(wordsOf(m_profile->dataCategories(), QStringLiteral("data_categories")))})
        << section(QStringLiteral("sources"), {paragraph(phrase(QStringLiteral("sources.intro"))),
                                               list(localizedItems(m_profile->sources()))})
        << recipients() << transfers() << retention() << security() << automated() << rights()
        << section(QStringLiteral("complaint"),
                   {paragraph(phrase(QStringLiteral("complaint.text")))})
        << section(QStringLiteral("updated"),
                   {paragraph(phrase(QStringLiteral("updated.text"),
                                     {{QStringLiteral("date"), plain(updated)}}))});
    return doc;
}

QString richHtml(const Rich& rich)
{
    QString out;
    for (const Span& span : rich) {
        if (span.missing)
            out +=
                QStringLiteral("<span class=\"missing\">%1</span>").arg(span.text.toHtmlEscaped());
        else
            out += span.text.toHtmlEscaped();
    }
    return out;
}

QString richText(const Rich& rich)
{
    QString out;
    for (const Span& span : rich)
        out += span.text;
    return out;
}

/// Word-wraps `text` to `width` columns; the first line starts with `first`, the others
/// with `rest` (for hanging list bullets).
QString wrap(const QString& text, const QString& first, const QString& rest, int width = 78)
{
    QStringList lines;
    QString line = first;
    bool empty = true;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!empty && line.size() + 1 + word.size() > width) {
            lines << line;
            line = rest;
            empty = true;
        }
        line += (empty ? QString() : QStringLiteral(" ")) + word;
        empty = false;
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

NoticeDocument NoticeRenderer::document(const RegisterProfile* profile, NoticeLanguage language)
{
    return Builder(profile, language).build();
}

QString NoticeRenderer::html(const RegisterProfile* profile, NoticeLanguage language)
{
    return toHtml(document(profile, language));
}

QString NoticeRenderer::text(const RegisterProfile* profile, NoticeLanguage language)
{
    return toText(document(profile, language));
}

QString NoticeRenderer::toHtml(const NoticeDocument& doc)
{
    QString title = doc.title;
    if (!doc.subtitle.isEmpty())
        title += QStringLiteral(" – ") + richText(doc.subtitle);
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%2</title>\n<style>\n"
                       "body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; }\n"
                       "h1 { font-size: 20pt; margin-bottom: 4px; }\n"
                       "h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }\n"
                       "p.register { font-size: 14pt; font-weight: bold; margin-top: 0px; }\n"
                       "p.updated { color: #555555; }\n"
                       "li { margin-bottom: 3px; }\n"
                       "span.missing { color: #a00000; background-color: #fff0f0; "
                       "font-style: italic; }\n"
                       "</style>\n</head>\n<body>\n<h1>%3</h1>\n")
            .arg(doc.languageCode, title.toHtmlEscaped(), doc.title.toHtmlEscaped());
    if (!doc.subtitle.isEmpty())
        out += QStringLiteral("<p class=\"register\">%1</p>\n").arg(richHtml(doc.subtitle));
    for (qsizetype i = 0; i < doc.preamble.size(); ++i)
        out += QStringLiteral("<p%1>%2</p>\n")
                   .arg(i == 0 && !doc.sections.isEmpty() ? QStringLiteral(" class=\"updated\"")
                                                          : QString(),
                        doc.preamble.at(i).toHtmlEscaped());
    int number = 0;
    for (const Section& section : doc.sections) {
        out += QStringLiteral("<h2 id=\"%1\">%2. %3</h2>\n")
                   .arg(section.id)
                   .arg(++number)
                   .arg(section.heading.toHtmlEscaped());
        for (const Block& block : section.blocks) {
            if (block.list) {
                out += QStringLiteral("<ul>\n");
                for (const Rich& item : block.items)
                    out += QStringLiteral("<li>%1</li>\n").arg(richHtml(item));
                out += QStringLiteral("</ul>\n");
            } else {
                for (const Rich& item : block.items)
                    out += QStringLiteral("<p>%1</p>\n").arg(richHtml(item));
            }
        }
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString NoticeRenderer::toText(const NoticeDocument& doc)
{
    QStringList parts;
    parts << doc.title + QLatin1Char('\n') + QString(doc.title.size(), QLatin1Char('='));
    if (!doc.subtitle.isEmpty())
        parts << wrap(richText(doc.subtitle), {}, {});
    for (const QString& p : doc.preamble)
        parts << wrap(p, {}, {});
    int number = 0;
    for (const Section& section : doc.sections) {
        const QString heading = QStringLiteral("%1. %2").arg(++number).arg(section.heading);
        parts << heading + QLatin1Char('\n') + QString(heading.size(), QLatin1Char('-'));
        for (const Block& block : section.blocks) {
            QStringList lines;
            for (const Rich& item : block.items)
                lines << (block.list
                              ? wrap(richText(item), QStringLiteral("  - "), QStringLiteral("    "))
                              : wrap(richText(item), {}, {}));
            parts << lines.join(block.list ? QStringLiteral("\n") : QStringLiteral("\n\n"));
        }
    }
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

bool NoticeRenderer::writePdf(const QString& html, const QString& path, Error* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, ErrorKind::Environment,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!writePdf(html, &file, error))
        return false;
    if (!file.commit())
        return fail(error, ErrorKind::Environment,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool NoticeRenderer::writePdf(const QString& html, QIODevice* device, Error* error,
                              const QList<std::pair<QString, QImage>>& images)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(error, ErrorKind::Environment,
                    tr("A PDF can only be made in a program with the graphical libraries "
                       "started (QGuiApplication)."));
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    for (const auto& [name, image] : images)
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    document.setHtml(html);
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Tallenne"));
    // QTextDocument lays out in screen pixels and print() scales them to the device, so
    // the page is given in screen pixels too: then a 10.5 pt font is 10.5 pt on paper
    // and the lines fill the width between the margins.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInch() : 96.0;
    document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size() * dpi / 72.0);
    document.setDocumentMargin(0);
    document.print(&writer);
    return true;
}

} // namespace tallenne
