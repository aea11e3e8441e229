#include "gui/ProfileEditor.h"

#include "core/RegisterProfile.h"
#include "core/RetentionPolicy.h"
#include "services/ProfileService.h"
#include "services/Session.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tallenne {

namespace {

const QString errorStyle = QStringLiteral("#%1 { border: 2px solid #c62828; }");

QString objectNameFor(const QString& path)
{
    return QString(path).replace(QLatin1Char('.'), QLatin1Char('_'));
}

QJsonValue valueAt(const QJsonObject& root, const QString& path)
{
    QJsonValue v = root;
    for (const QString& part : path.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

/// Sets (or, for an undefined value, removes) the value at a dotted path.
void setAt(QJsonObject& root, const QStringList& parts, const QJsonValue& value)
{
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(parts.first());
        else
            root.insert(parts.first(), value);
        return;
    }
    QJsonObject child = root.value(parts.first()).toObject();
    setAt(child, parts.mid(1), value);
    root.insert(parts.first(), child);
}

void setAt(QJsonObject& root, const QString& path, const QJsonValue& value)
{
    setAt(root, path.split(QLatin1Char('.')), value);
}

/// A value loaded into a one-line field shows its beginning: setText() leaves the cursor at the
/// end, which scrolls a long text so that only its last words are seen.
void showFromStart(QLineEdit* edit, const QString& text)
{
    edit->setText(text);
    edit->setCursorPosition(0);
}

/// The lines of a list box, without the empty ones at the end.
QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString dataCategoryName(const QString& id)
{
    if (id == QLatin1String("name"))
        return ProfileEditor::tr("Name");
    if (id == QLatin1String("address"))
        return ProfileEditor::tr("Postal address");
    if (id == QLatin1String("phone"))
        return ProfileEditor::tr("Phone number");
    if (id == QLatin1String("email"))
        return ProfileEditor::tr("E-mail address");
    if (id == QLatin1String("personal_identity_code"))
        return ProfileEditor::tr("Personal identity code");
    if (id == QLatin1String("business_id"))
        return ProfileEditor::tr("Business ID");
    if (id == QLatin1String("voice_recording"))
        return ProfileEditor::tr("Call recordings");
    if (id == QLatin1String("chat_transcript"))
        return ProfileEditor::tr("Chat transcripts");
    if (id == QLatin1String("call_metadata"))
        return ProfileEditor::tr("Call details (time, duration, numbers)");
    if (id == QLatin1String("usage_statistics"))
        return ProfileEditor::tr("Usage statistics");
    return id;
}

QString legalBasisName(const QString& id)
{
    if (id == QLatin1String("consent"))
        return ProfileEditor::tr("Consent");
    if (id == QLatin1String("contract"))
        return ProfileEditor::tr("Contract");
    if (id == QLatin1String("legal_obligation"))
        return ProfileEditor::tr("Legal obligation");
    if (id == QLatin1String("legitimate_interest"))
        return ProfileEditor::tr("Legitimate interest");
    return id;
}

QString verificationName(const QString& id)
{
    if (id == QLatin1String("photo_id_in_person"))
        return ProfileEditor::tr("Photo ID in person");
    if (id == QLatin1String("strong_electronic_identification"))
        return ProfileEditor::tr("Strong electronic identification");
    if (id == QLatin1String("signed_request"))
        return ProfileEditor::tr("Signed request");
    return id;
}

QString deliveryName(const QString& id)
{
    if (id == QLatin1String("in_person"))
        return ProfileEditor::tr("In person");
    if (id == QLatin1String("postal_address"))
        return ProfileEditor::tr("By post");
    if (id == QLatin1String("electronic"))
        return ProfileEditor::tr("Electronically");
    return id;
}

} // namespace

ProfileEditor::ProfileEditor(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("profileForm"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_scroll = new QScrollArea(m_tabs);
    m_scroll->setWidgetResizable(true);
    m_form = new QWidget(m_scroll);
    build();
    clearErrorsOnEdit();
    m_scroll->setWidget(m_form);
    m_json = new QPlainTextEdit(m_tabs);
    m_json->setObjectName(QStringLiteral("profileJsonEditor"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_tabs->addTab(m_scroll, QString());
    m_tabs->addTab(m_json, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProfileEditor::tabChanged);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveProfileFormButton"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardProfileButton"));
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_discard, &QPushButton::clicked, this, &ProfileEditor::discard);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    retranslate();
    reload();
}

void ProfileEditor::addText(QWidget* widget, std::function<QString()> text)
{
    m_texts << Text{widget, std::move(text)};
}

QWidget* ProfileEditor::addRow(QWidget* group, const QString& path, QWidget* input,
                               std::function<QString()> label, std::function<QString()> hint)
{
    auto* grid = qobject_cast<QGridLayout*>(group->layout());
    const int row = grid->rowCount();
    input->setObjectName(objectNameFor(path));
    if (auto* button = qobject_cast<QAbstractButton*>(input)) {
        grid->addWidget(button, row, 0, 1, 2);
        addText(button, std::move(label));
    } else {
        auto* caption = new QLabel(group);
        caption->setBuddy(input);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // Wrapped, so that a long caption ("Arviointien ja merkintöjen säilytysajan peruste
        // (englanniksi)") does not make the form wider than the window.
        caption->setWordWrap(true);
        grid->addWidget(caption, row, 0);
        grid->addWidget(input, row, 1);
        addText(caption, label);
        // The caption is the input's name for a screen reader.
        addText(input, [label] { return label(); });
    }
    auto* error = new QLabel(group);
    error->setObjectName(objectNameFor(path) + QStringLiteral("_error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    error->hide();
    grid->addWidget(error, row + 1, 1);
    if (hint) {
        auto* explanation = new QLabel(group);
        explanation->setWordWrap(true);
        explanation->setStyleSheet(QStringLiteral("color: palette(mid);"));
        grid->addWidget(explanation, row + 2, 1);
        addText(explanation, std::move(hint));
    }
    m_fields << Field{path, input, error};
    return input;
}

void ProfileEditor::build()
{
    auto* layout = new QVBoxLayout(m_form);
    const auto group = [this, layout](std::function<QString()> title) {
        auto* box = new QGroupBox(m_form);
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        layout->addWidget(box);
        addText(box, std::move(title));
        return box;
    };
    // A required text: stored even when empty, so that the service says it must not be.
    const auto line = [this](QWidget* box, const QString& path, std::function<QString()> label,
                             std::function<QString()> hint, bool optional = false) {
        auto* edit = new QLineEdit(box);
        addRow(box, path, edit, std::move(label), std::move(hint));
        m_loaders << [edit, path](const QJsonObject& doc) {
            showFromStart(edit, valueAt(doc, path).toString());
        };
        m_storers << [edit, path, optional](QJsonObject& doc) {
            const QString text = edit->text().trimmed();
            setAt(doc, path,
                  optional && text.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                             : QJsonValue(text));
        };
        return edit;
    };
    // A text in both notice languages: a language left empty is left out.
    const auto localized = [line](QWidget* box, const QString& path, std::function<QString()> label,
                                  std::function<QString()> hint) {
        line(
            box, path + QStringLiteral(".fi"), [label] { return tr("%1 (Finnish)").arg(label()); },
            hint, true);
        line(
            box, path + QStringLiteral(".en"), [label] { return tr("%1 (English)").arg(label()); },
            {}, true);
    };
    // A list of texts in both languages: one entry a line, line N of each box the same entry.
    const auto textList = [this](QWidget* box, const QString& key, std::function<QString()> label,
                                 std::function<QString()> hint) {
        auto* fi = new QPlainTextEdit(box);
        auto* en = new QPlainTextEdit(box);
        for (QPlainTextEdit* edit : {fi, en}) {
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(90);
        }
        addRow(
            box, key + QStringLiteral(".fi"), fi,
            [label] { return tr("%1 (Finnish)").arg(label()); }, std::move(hint));
        addRow(box, key + QStringLiteral(".en"), en,
               [label] { return tr("%1 (English)").arg(label()); }, {});
        m_loaders << [fi, en, key](const QJsonObject& doc) {
            QStringList fiLines, enLines;
            for (const QJsonValue& v : doc.value(key).toArray()) {
                fiLines << v.toObject().value(QStringLiteral("fi")).toString().simplified();
                enLines << v.toObject().value(QStringLiteral("en")).toString().simplified();
            }
            fi->setPlainText(fiLines.join(QLatin1Char('\n')));
            en->setPlainText(enLines.join(QLatin1Char('\n')));
        };
        m_storers << [fi, en, key](QJsonObject& doc) {
            const QStringList fiLines = linesOf(fi), enLines = linesOf(en);
            QJsonArray list;
            for (qsizetype i = 0; i < std::max(fiLines.size(), enLines.size()); ++i) {
                QJsonObject entry;
                if (i < fiLines.size() && !fiLines.at(i).isEmpty())
                    entry.insert(QStringLiteral("fi"), fiLines.at(i));
                if (i < enLines.size() && !enLines.at(i).isEmpty())
                    entry.insert(QStringLiteral("en"), enLines.at(i));
                list.append(entry);
            }
            doc.insert(key, list);
        };
    };
    const auto months = [this](QWidget* box, const QString& path, std::function<QString()> label,
                               std::function<QString()> hint, int min, int max, bool zeroSpecial) {
        auto* spin = new QSpinBox(box);
        spin->setRange(min, max);
        addRow(box, path, spin, std::move(label), std::move(hint));
        if (zeroSpecial)
            addText(spin, [spin] {
                spin->setSpecialValueText(tr("no fixed period"));
                return spin->accessibleName();
            });
        m_loaders << [spin, path, min](const QJsonObject& doc) {
            spin->setValue(valueAt(doc, path).toInt(min));
        };
        m_storers << [spin, path](QJsonObject& doc) {
            setAt(doc, path, spin->value());
        };
    };
    const auto flag = [this](QWidget* box, const QString& path, std::function<QString()> label,
                             std::function<QString()> hint) {
        auto* check = new QCheckBox(box);
        addRow(box, path, check, std::move(label), std::move(hint));
        m_loaders << [check, path](const QJsonObject& doc) {
            check->setChecked(valueAt(doc, path).toBool());
        };
        m_storers << [check, path](QJsonObject& doc) {
            setAt(doc, path, check->isChecked());
        };
        return check;
    };
    // Ids of a fixed list, ticked.
    // Two columns of short names; one of long ones (the hold reasons are phrases), which side
    // by side would not fit the window's width.
    const auto ids = [this](QWidget* box, const QString& path, std::function<QString()> label,
                            std::function<QString()> hint, const QStringList& all,
                            QString (*name)(const QString&), int columns = 2) {
        auto* frame = new QFrame(box);
        auto* grid = new QGridLayout(frame);
        QList<QCheckBox*> checks;
        for (qsizetype i = 0; i < all.size(); ++i) {
            auto* check = new QCheckBox(frame);
            check->setObjectName(objectNameFor(path) + QLatin1Char('_') + all.at(i));
            grid->addWidget(check, int(i / columns), int(i % columns));
            addText(check, [name, id = all.at(i)] { return name(id); });
            checks << check;
        }
        addRow(box, path, frame, std::move(label), std::move(hint));
        m_loaders << [checks, all, path](const QJsonObject& doc) {
            const QJsonArray chosen = valueAt(doc, path).toArray();
            for (qsizetype i = 0; i < all.size(); ++i)
                checks.at(i)->setChecked(chosen.contains(all.at(i)));
        };
        m_storers << [checks, all, path](QJsonObject& doc) {
            QJsonArray chosen;
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (checks.at(i)->isChecked())
                    chosen.append(all.at(i));
            }
            setAt(doc, path, chosen);
        };
    };
    // A text in both languages that is only in the profile while `switch_` is ticked.
    const auto conditional = [this](QWidget* box, QCheckBox* switch_, const QString& key,
                                    std::function<QString()> label, std::function<QString()> hint) {
        auto* fi = new QLineEdit(box);
        auto* en = new QLineEdit(box);
        addRow(
            box, key + QStringLiteral(".fi"), fi,
            [label] { return tr("%1 (Finnish)").arg(label()); }, std::move(hint));
        addRow(box, key + QStringLiteral(".en"), en,
               [label] { return tr("%1 (English)").arg(label()); }, {});
        m_loaders << [fi, en, key](const QJsonObject& doc) {
            showFromStart(fi, valueAt(doc, key + QStringLiteral(".fi")).toString());
            showFromStart(en, valueAt(doc, key + QStringLiteral(".en")).toString());
        };
        m_storers << [fi, en, key, switch_](QJsonObject& doc) {
            doc.remove(key);
            if (!switch_->isChecked())
                return;
            QJsonObject text;
            if (!fi->text().trimmed().isEmpty())
                text.insert(QStringLiteral("fi"), fi->text().trimmed());
            if (!en->text().trimmed().isEmpty())
                text.insert(QStringLiteral("en"), en->text().trimmed());
            doc.insert(key, text);
        };
        const auto enable = [fi, en](bool on) {
            fi->setEnabled(on);
            en->setEnabled(on);
        };
        connect(switch_, &QCheckBox::toggled, this, enable);
        enable(switch_->isChecked());
    };

    QWidget* box = group([] { return tr("Register"); });
    localized(
        box, QStringLiteral("register_name"), [] { return tr("Register name"); },
        [] {
            return tr("The heading of the privacy notice, e.g. \"Customer service call "
                      "register\". One language may be left empty.");
        });
    line(
        box, QStringLiteral("updated"), [] { return tr("Notice updated"); },
        [] {
            return tr("The date the notice was last changed, as YYYY-MM-DD; the notice shows "
                      "it.");
        });
    line(
        box, QStringLiteral("phone_region"), [] { return tr("Phone number region"); },
        [] {
            return tr("Where phone numbers written without a country code are from: two capital "
                      "letters such as FI or SE. Empty: FI.");
        },
        true);
    line(
        box, QStringLiteral("time_zone"), [] { return tr("Time zone"); },
        [] {
            return tr("The time zone whose calendar days retention periods and request deadlines "
                      "are counted in, as an IANA name such as Europe/Helsinki. Empty: "
                      "Europe/Helsinki.");
        },
        true);

    box = group([] { return tr("Controller"); });
    line(
        box, QStringLiteral("controller.name"), [] { return tr("Controller name"); },
        [] { return tr("The company or organisation responsible for the register."); });
    line(
        box, QStringLiteral("controller.business_id"), [] { return tr("Business ID"); },
        [] {
            return tr("The Finnish business ID, e.g. 1234567-1; the check digit is "
                      "verified.");
        });
    line(
        box, QStringLiteral("controller.address"), [] { return tr("Address"); },
        [] { return tr("The controller's postal address."); });
    line(
        box, QStringLiteral("controller.phone"), [] { return tr("Phone"); },
        [] { return tr("The controller's switchboard or customer service number."); });
    line(
        box, QStringLiteral("controller.email"), [] { return tr("E-mail"); },
        [] { return tr("The controller's general e-mail address."); });

    box = group([] { return tr("Contact person for data protection"); });
    line(
        box, QStringLiteral("contact.name"), [] { return tr("Contact name"); },
        [] {
            return tr("Whom data subjects contact about their data: the data protection "
                      "officer if you have one, or a privacy officer.");
        });
    line(
        box, QStringLiteral("contact.email"), [] { return tr("Contact e-mail"); },
        [] { return tr("Where requests to see, correct or erase data are sent."); });
    line(
        box, QStringLiteral("contact.phone"), [] { return tr("Contact phone"); },
        [] { return tr("Optional."); }, true);
    line(
        box, QStringLiteral("dpo.name"), [] { return tr("Data protection officer"); },
        [] {
            return tr("Only if the controller has designated a data protection officer (GDPR "
                      "art. 37): the notice gives their contact details a section of their own. "
                      "Leave the four fields empty otherwise.");
        },
        true);
    line(
        box, QStringLiteral("dpo.email"), [] { return tr("Officer's e-mail"); }, {}, true);
    line(
        box, QStringLiteral("dpo.phone"), [] { return tr("Officer's phone"); },
        [] { return tr("Optional."); }, true);
    line(
        box, QStringLiteral("dpo.address"), [] { return tr("Officer's address"); },
        [] { return tr("Optional."); }, true);
    // No officer: no "dpo" object at all (an empty one would be refused).
    m_storers << [](QJsonObject& doc) {
        if (doc.value(QStringLiteral("dpo")).toObject().isEmpty())
            doc.remove(QStringLiteral("dpo"));
    };

    box = group([] { return tr("Purposes and legal basis"); });
    textList(
        box, QStringLiteral("purposes"), [] { return tr("Purposes"); },
        [] {
            return tr("Why the data is processed, one purpose a line; line N of the English "
                      "box translates line N of the Finnish one.");
        });
    {
        // Each legal basis: ticked, with its explanation in both languages.
        auto* frame = new QFrame(box);
        auto* grid = new QGridLayout(frame);
        struct Basis
        {
            QString id;
            QCheckBox* check;
            QLineEdit* fi;
            QLineEdit* en;
        };
        QList<Basis> bases;
        const QStringList all = RegisterProfile::legalBasisIds();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString id = all.at(i);
            Basis b{id, new QCheckBox(frame), new QLineEdit(frame), new QLineEdit(frame)};
            const QString path = QStringLiteral("legal_basis.") + id;
            b.check->setObjectName(objectNameFor(path));
            b.fi->setObjectName(objectNameFor(path + QStringLiteral(".fi")));
            b.en->setObjectName(objectNameFor(path + QStringLiteral(".en")));
            grid->addWidget(b.check, int(i) * 2, 0);
            grid->addWidget(b.fi, int(i) * 2, 1);
            grid->addWidget(b.en, int(i) * 2, 2);
            for (QLineEdit* edit : {b.fi, b.en}) {
                auto* error = new QLabel(frame);
                error->setObjectName(edit->objectName() + QStringLiteral("_error"));
                error->setWordWrap(true);
                error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
                error->hide();
                grid->addWidget(error, int(i) * 2 + 1, edit == b.fi ? 1 : 2);
                m_fields << Field{
                    path + (edit == b.fi ? QStringLiteral(".fi") : QStringLiteral(".en")), edit,
                    error};
            }
            addText(b.check, [id] { return legalBasisName(id); });
            // The placeholders say which box is which language.
            b.fi->setProperty("placeholderIsName", true);
            b.en->setProperty("placeholderIsName", true);
            addText(b.fi,
                    [id] { return tr("%1: explanation in Finnish").arg(legalBasisName(id)); });
            addText(b.en,
                    [id] { return tr("%1: explanation in English").arg(legalBasisName(id)); });
            connect(b.check, &QCheckBox::toggled, b.fi, &QWidget::setEnabled);
            connect(b.check, &QCheckBox::toggled, b.en, &QWidget::setEnabled);
            b.fi->setEnabled(false);
            b.en->setEnabled(false);
            bases << b;
        }
        addRow(
            box, QStringLiteral("legal_basis"), frame, [] { return tr("Legal basis"); },
            [] {
                return tr("Tick each basis the processing rests on (GDPR art. 6) and explain "
                          "it in the notice's words.");
            });
        m_loaders << [bases](const QJsonObject& doc) {
            for (const Basis& b : bases) {
                b.check->setChecked(false);
                b.fi->clear();
                b.en->clear();
            }
            for (const QJsonValue& v : doc.value(QStringLiteral("legal_basis")).toArray()) {
                const QJsonObject o = v.toObject();
                for (const Basis& b : bases) {
                    if (o.value(QStringLiteral("basis")).toString() == b.id) {
                        b.check->setChecked(true);
                        showFromStart(b.fi, o.value(QStringLiteral("fi")).toString());
                        showFromStart(b.en, o.value(QStringLiteral("en")).toString());
                    }
                }
            }
        };
        m_storers << [this, bases](QJsonObject& doc) {
            QJsonArray list;
            m_writtenBases.clear();
            for (const Basis& b : bases) {
                if (!b.check->isChecked())
                    continue;
                QJsonObject o{{QStringLiteral("basis"), b.id}};
                if (!b.fi->text().trimmed().isEmpty())
                    o.insert(QStringLiteral("fi"), b.fi->text().trimmed());
                if (!b.en->text().trimmed().isEmpty())
                    o.insert(QStringLiteral("en"), b.en->text().trimmed());
                list.append(o);
                m_writtenBases << b.id;
            }
            doc.insert(QStringLiteral("legal_basis"), list);
        };
    }

    box = group([] { return tr("Data and where it comes from"); });
    textList(
        box, QStringLiteral("data_subjects"), [] { return tr("Data subjects"); },
        [] {
            return tr("Whose data the register holds, one group a line, e.g. \"Customers who "
                      "call our customer service\". The notice adds the agents, whose names and "
                      "voices are recorded. Empty: a general sentence about callers and chat "
                      "users.");
        });
    // Optional: an empty list is left out rather than refused.
    m_storers << [](QJsonObject& doc) {
        if (doc.value(QStringLiteral("data_subjects")).toArray().isEmpty())
            doc.remove(QStringLiteral("data_subjects"));
    };
    ids(
        box, QStringLiteral("data_categories"), [] { return tr("Data categories"); },
        [] { return tr("The kinds of personal data the register holds."); },
        RegisterProfile::dataCategoryIds(), &dataCategoryName);
    textList(
        box, QStringLiteral("sources"), [] { return tr("Sources"); },
        [] { return tr("Where the data comes from, one source a line."); });
    textList(
        box, QStringLiteral("recipients"), [] { return tr("Recipients"); },
        [] { return tr("Who the data is disclosed to, one a line; may be empty."); });
    QCheckBox* transfers = flag(box, QStringLiteral("transfers_outside_eea"),
                                [] { return tr("Data is transferred outside the EU/EEA"); }, {});
    conditional(
        box, transfers, QStringLiteral("transfers_safeguards"), [] { return tr("Safeguards"); },
        [] {
            return tr("How such transfers are protected (e.g. the Commission's standard "
                      "contractual clauses). Needed when data is transferred.");
        });
    QCheckBox* automated = flag(box, QStringLiteral("automated_decision_making"),
                                [] { return tr("Automated decisions or profiling are made"); }, {});
    conditional(
        box, automated, QStringLiteral("automated_decision_details"),
        [] { return tr("Automated decisions"); },
        [] {
            return tr("What is decided automatically and what it means for the person. "
                      "Needed when automated decisions are made.");
        });

    box = group([] { return tr("Retention"); });
    const int max = RegisterProfile::maxMonths;
    // Each category's period and, for a period of 0, the criterion the notice gives instead
    // (GDPR art. 13(2)(a)); the criterion's fields are open only while the period is 0.
    struct Category
    {
        QString id;
        std::function<QString()> label;
        std::function<QString()> criterionLabel;
    };
    const QList<Category> categories = {
        {QStringLiteral("recordings"), [] { return tr("Recordings kept (months)"); },
         [] {
             return tr("Criterion for recordings");
         }},
        {QStringLiteral("call_metadata"), [] { return tr("Call details kept (months)"); },
         [] {
             return tr("Criterion for call details");
         }},
        {QStringLiteral("chat_transcripts"), [] { return tr("Chat transcripts kept (months)"); },
         [] {
             return tr("Criterion for chat transcripts");
         }},
        {QStringLiteral("evaluations"), [] { return tr("Evaluations and tags kept (months)"); },
         [] {
             return tr("Criterion for evaluations and tags");
         }},
        {QStringLiteral("access_requests"), [] { return tr("Request records kept (months)"); },
         [] {
             return tr("Criterion for request records");
         }},
        {QStringLiteral("audit_trail"), [] { return tr("Audit trail kept (months)"); },
         [] {
             return tr("Criterion for the audit trail");
         }},
    };
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Category& c = categories.at(i);
        const QString period = QStringLiteral("retention.%1_months").arg(c.id);
        months(
            box, period, c.label,
            i > 0 ? std::function<QString()>()
                  : [] {
                        return tr("Months after which the console erases the data (evaluations "
                                  "and tags, request records and the audit trail are kept by "
                                  "every register). 0 means no fixed period: the console does "
                                  "not erase the data, and the notice gives the criterion "
                                  "instead.");
                    },
            0, max, true);
        const QString criterion = QStringLiteral("retention.criteria.") + c.id;
        localized(
            box, criterion, c.criterionLabel, i > 0 ? std::function<QString()>() : [] {
                return tr("Only for a period of 0: how the period is determined, e.g. "
                          "\"deleted when the collection matter has ended and its claims "
                          "are time-barred, at the latest six years after\". \"As long as "
                          "needed\" is not a criterion (GDPR art. 13(2)(a)).");
            });
        auto* spin = qobject_cast<QSpinBox*>(field(period));
        QWidget* fi = field(criterion + QStringLiteral(".fi"));
        QWidget* en = field(criterion + QStringLiteral(".en"));
        const auto enable = [fi, en](int value) {
            fi->setEnabled(value == 0);
            en->setEnabled(value == 0);
        };
        connect(spin, &QSpinBox::valueChanged, this, enable);
        enable(spin->value());
    }
    // A criterion left empty in both languages is left out, and so is one whose category has
    // a fixed period again (its fields are closed, and the notice would not print it).
    m_storers << [](QJsonObject& doc) {
        QJsonObject retention = doc.value(QStringLiteral("retention")).toObject();
        QJsonObject criteria = retention.value(QStringLiteral("criteria")).toObject();
        for (const QString& key : criteria.keys()) {
            if (criteria.value(key).toObject().isEmpty() ||
                retention.value(key + QStringLiteral("_months")).toInt() > 0)
                criteria.remove(key);
        }
        if (criteria.isEmpty())
            retention.remove(QStringLiteral("criteria"));
        else
            retention.insert(QStringLiteral("criteria"), criteria);
        doc.insert(QStringLiteral("retention"), retention);
    };
    ids(
        box, QStringLiteral("retention.hold_reasons"), [] { return tr("Legal holds allowed for"); },
        [] {
            return tr("The reasons for which a record may be kept beyond its period. None: no "
                      "legal holds.");
        },
        RegisterProfile::holdReasonIds(), &RetentionPolicy::holdReasonName, 1);
    months(
        box, QStringLiteral("retention.hold_max_months"),
        [] { return tr("Longest legal hold (months)"); },
        [] {
            return tr("0: as long as the reason lasts. Otherwise at least the longest "
                      "retention period above; 0 when no reasons are ticked.");
        },
        0, max, true);

    box = group([] { return tr("Rights of the data subject"); });
    months(
        box, QStringLiteral("rights.response_months"),
        [] { return tr("Answered within (months)"); }, [] { return tr("The GDPR's one month."); },
        1, 12, false);
    months(
        box, QStringLiteral("rights.extension_months"), [] { return tr("Extension (months)"); },
        [] { return tr("How much longer a complex request may take: at most two months."); }, 0, 12,
        false);
    ids(
        box, QStringLiteral("rights.identity_verification"),
        [] { return tr("Identity verified by"); },
        [] { return tr("How a person who asks for their data proves who they are."); },
        RegisterProfile::identityVerificationIds(), &verificationName);
    ids(
        box, QStringLiteral("rights.delivery"), [] { return tr("Data given"); },
        [] { return tr("How the copy of the data is given to the person."); },
        RegisterProfile::deliveryIds(), &deliveryName);

    box = group([] { return tr("Security"); });
    textList(
        box, QStringLiteral("security_measures"), [] { return tr("Security measures"); },
        [] { return tr("How the data is protected, one measure a line; may be empty."); });
    layout->addStretch();
}

void ProfileEditor::retranslate()
{
    m_tabs->setTabText(0, tr("Fo&rm"));
    m_tabs->setTabText(1, tr("&JSON"));
    m_json->setAccessibleName(tr("Register profile (JSON)"));
    m_save->setText(tr("&Save profile"));
    m_discard->setText(tr("&Discard changes"));
    for (const Text& t : std::as_const(m_texts)) {
        const QString text = t.text();
        if (auto* label = qobject_cast<QLabel*>(t.widget))
            label->setText(text);
        else if (auto* button = qobject_cast<QAbstractButton*>(t.widget))
            button->setText(text);
        else if (auto* box = qobject_cast<QGroupBox*>(t.widget))
            box->setTitle(text);
        else if (auto* edit = qobject_cast<QLineEdit*>(t.widget)) {
            edit->setAccessibleName(text);
            if (edit->property("placeholderIsName").toBool())
                edit->setPlaceholderText(text);
        } else {
            t.widget->setAccessibleName(text);
        }
    }
}

void ProfileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A message in the old language would stay so: the next action speaks anew.
        setStatus(QString());
    }
    QWidget::changeEvent(event);
}

QJsonObject ProfileEditor::collect() const
{
    QJsonObject doc = m_doc;
    doc.insert(QStringLiteral("schema"), RegisterProfile::schemaId());
    for (const auto& store : m_storers)
        store(doc);
    return doc;
}

void ProfileEditor::loadForm(const QJsonObject& doc)
{
    m_doc = doc;
    for (const auto& load : m_loaders)
        load(doc);
}

void ProfileEditor::reload()
{
    clearErrors();
    Error error;
    const auto version = ProfileService(m_session).currentVersion(&error);
    if (error) {
        setStatus(error.message, true);
        return;
    }
    const QJsonObject doc =
        version ? QJsonDocument::fromJson(version->json).object() : QJsonObject();
    loadForm(doc);
    m_loaded = collect();
    m_loadedRaw = doc;
    {
        const QSignalBlocker blocker(m_tabs);
        m_json->setPlainText(version ? QString::fromUtf8(version->json)
                                     : QString::fromUtf8(QJsonDocument(m_loaded).toJson()));
    }
    setStatus(version ? tr("The profile in force, set by %1 on %2.")
                            .arg(version->setBy, QLocale().toString(version->setAt.toLocalTime(),
                                                                    QLocale::ShortFormat))
                      : tr("No register profile has been set yet: fill in the form and save."));
}

void ProfileEditor::refresh()
{
    if (hasUnsavedChanges()) {
        setStatus(tr("The profile was changed elsewhere. Your unsaved changes are kept; discard "
                     "them to see the profile in force."));
        return;
    }
    reload();
}

void ProfileEditor::discard()
{
    reload();
    m_tabs->setCurrentIndex(0);
}

bool ProfileEditor::hasUnsavedChanges() const
{
    if (m_tabs->currentIndex() == 1) {
        QJsonParseError parseError;
        const QJsonDocument doc =
            QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &parseError);
        return parseError.error != QJsonParseError::NoError || doc.object() != m_loaded;
    }
    return collect() != m_loaded;
}

void ProfileEditor::tabChanged(int index)
{
    if (index == 1) {
        // Form to JSON: the form's values over the document.
        m_doc = collect();
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_doc).toJson()));
        return;
    }
    // JSON to form: only a readable JSON object replaces what the form shows.
    QJsonParseError parseError;
    const QByteArray text = m_json->toPlainText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error error;
        (void)RegisterProfile::parse(text, nullptr, &error);
        setStatus(
            tr("The JSON cannot be shown in the form until it is corrected: %1").arg(error.message),
            true);
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(1);
        return;
    }
    loadForm(doc.object());
}

void ProfileEditor::setStatus(const QString& text, bool isError)
{
    m_statusIsFieldError = false;
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

QString ProfileEditor::statusText() const
{
    return m_status->text();
}

QWidget* ProfileEditor::field(const QString& path) const
{
    for (const Field& f : m_fields) {
        if (f.path == path)
            return f.input;
    }
    return nullptr;
}

QString ProfileEditor::fieldError(const QString& path) const
{
    for (const Field& f : m_fields) {
        if (f.path == path)
            return f.error->isHidden() ? QString() : f.error->text();
    }
    return {};
}

void ProfileEditor::clearErrorsOnEdit()
{
    // A field's error goes as soon as the field is changed: it spoke of the old value.
    for (const Field& f : std::as_const(m_fields)) {
        // A text in both languages is one field: the Finnish or the English one answers a
        // problem shown at either.
        const QString group =
            f.path.endsWith(QLatin1String(".fi")) || f.path.endsWith(QLatin1String(".en"))
                ? f.path.chopped(3)
                : f.path;
        const auto clear = [this, group] {
            bool cleared = false;
            for (const Field& other : std::as_const(m_fields)) {
                if (!other.error->isHidden() &&
                    (other.path == group || other.path == group + QLatin1String(".fi") ||
                     other.path == group + QLatin1String(".en"))) {
                    clearError(other);
                    cleared = true;
                }
            }
            if (!cleared)
                return;
            // "Correct the field marked in red" is untrue once no field is marked.
            if (m_statusIsFieldError &&
                std::none_of(m_fields.cbegin(), m_fields.cend(),
                             [](const Field& other) { return !other.error->isHidden(); }))
                setStatus(QString());
        };
        if (auto* edit = qobject_cast<QLineEdit*>(f.input))
            connect(edit, &QLineEdit::textEdited, this, clear);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(f.input))
            connect(text, &QPlainTextEdit::textChanged, this, clear);
        else if (auto* spin = qobject_cast<QSpinBox*>(f.input))
            connect(spin, &QSpinBox::valueChanged, this, clear);
        else if (auto* box = qobject_cast<QComboBox*>(f.input))
            connect(box, &QComboBox::currentIndexChanged, this, clear);
        else if (auto* button = qobject_cast<QAbstractButton*>(f.input))
            connect(button, &QAbstractButton::toggled, this, clear);
    }
}

void ProfileEditor::clearError(const Field& f)
{
    f.error->clear();
    f.error->hide();
    f.input->setStyleSheet(QString());
    f.input->setProperty("invalid", false);
    f.input->setAccessibleDescription(QString());
}

void ProfileEditor::clearErrors()
{
    for (const Field& f : std::as_const(m_fields))
        clearError(f);
}

bool ProfileEditor::showAtField(const QString& message)
{
    // The service says "<json path>: <problem>", e.g. "controller.business_id: 123 is not…"
    // or "purposes[2].en: must be a text".
    static const QRegularExpression pathForm(
        QStringLiteral("^([a-z_]+(?:\\[[0-9]+\\])?(?:\\.[a-z_]+(?:\\[[0-9]+\\])?)*): (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = pathForm.match(message);
    if (!match.hasMatch())
        return false;
    QString path = match.captured(1);
    const QString problem = match.captured(2);
    // The n-th legal basis is the n-th one ticked; other list entries are lines of one box.
    static const QRegularExpression basisIndex(QStringLiteral("^legal_basis\\[([0-9]+)\\]"));
    const auto basis = basisIndex.match(path);
    if (basis.hasMatch()) {
        const int i = basis.captured(1).toInt();
        if (i < m_writtenBases.size())
            path.replace(basis.capturedStart(), basis.capturedLength(),
                         QStringLiteral("legal_basis.") + m_writtenBases.at(i));
    }
    static const QRegularExpression index(QStringLiteral("\\[[0-9]+\\]"));
    path.remove(index);
    const Field* found = nullptr;
    for (const Field& f : std::as_const(m_fields)) {
        if ((f.path == path || path.startsWith(f.path + QLatin1Char('.'))) &&
            (!found || f.path.size() > found->path.size()))
            found = &f;
    }
    if (!found) {
        for (const Field& f : std::as_const(m_fields)) {
            if (f.path.startsWith(path + QLatin1Char('.'))) {
                found = &f;
                break;
            }
        }
    }
    if (!found)
        return false;
    found->error->setText(problem);
    found->error->show();
    found->input->setStyleSheet(errorStyle.arg(found->input->objectName()));
    found->input->setProperty("invalid", true);
    found->input->setAccessibleDescription(problem);
    m_tabs->setCurrentIndex(0);
    m_scroll->ensureWidgetVisible(found->input);
    found->input->setFocus();
    return true;
}

bool ProfileEditor::save()
{
    clearErrors();
    QByteArray json;
    if (m_tabs->currentIndex() == 1) {
        // The expert's text as written; the form follows if it is a JSON object.
        json = m_json->toPlainText().toUtf8();
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isObject()) {
            loadForm(doc.object());
            (void)collect(); // the order of the legal bases, for an error at one of them
        }
    } else {
        m_doc = collect();
        json = QJsonDocument(m_doc).toJson();
    }
    // A changed notice carries the day of its change: unless the user set the date
    // themselves, "Notice updated" becomes today (the register's local day).
    QJsonObject saved = QJsonDocument::fromJson(json).object();
    const QJsonObject before = m_tabs->currentIndex() == 1 ? m_loadedRaw : m_loaded;
    const QString updatedKey = QStringLiteral("updated");
    QJsonObject savedRest = saved;
    QJsonObject beforeRest = before;
    savedRest.remove(updatedKey);
    beforeRest.remove(updatedKey);
    bool stamped = false;
    if (!saved.isEmpty() && savedRest != beforeRest &&
        saved.value(updatedKey) == before.value(updatedKey)) {
        saved.insert(updatedKey,
                     m_session.clock().nowUtc().toLocalTime().date().toString(Qt::ISODate));
        json = QJsonDocument(saved).toJson();
        stamped = true;
    }
    QStringList warnings;
    Error error;
    if (!ProfileService(m_session).set(json, &warnings, &error)) {
        const bool atField = m_tabs->currentIndex() == 0 && showAtField(error.message);
        setStatus(atField ? tr("Not saved: correct the field marked in red.")
                          : tr("Not saved: %1").arg(error.message),
                  true);
        m_statusIsFieldError = atField;
        return false;
    }
    m_tabs->setCurrentIndex(0);
    reload();
    QString text = stamped
                       ? tr("Saved as the profile in force; the privacy notice was "
                            "regenerated and dated today.")
                       : tr("Saved as the profile in force; the privacy notice was regenerated.");
    if (!warnings.isEmpty())
        text += QLatin1Char(' ') + tr("Check these: %1").arg(warnings.join(QStringLiteral("; ")));
    setStatus(text);
    return true;
}

} // namespace tallenne
