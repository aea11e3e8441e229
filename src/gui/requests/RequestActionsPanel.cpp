#include "gui/requests/RequestActionsPanel.h"

#include "gui/LockGate.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/SubjectService.h"
#include "services/requests/SubjectExportService.h"
#include "services/requests/SubjectRightsService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace tallenne {

namespace {
QString deliveryName(const QString& id)
{
    if (id == QLatin1String("in_person"))
        return RequestActionsPanel::tr("Handed over in person");
    if (id == QLatin1String("postal_address"))
        return RequestActionsPanel::tr("Posted to the person's address");
    if (id == QLatin1String("electronic"))
        return RequestActionsPanel::tr("Delivered electronically");
    return id;
}

// A hash in groups of 16 digits: read aloud in parts, and wrapped in a narrow panel.
QString groupsOf16(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 16)
        groups << hex.mid(i, 16);
    return groups.join(QLatin1Char(' '));
}

QString ids(const QList<qint64>& list)
{
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}
} // namespace

RequestActionsPanel::RequestActionsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_export = button("exportCopyButton");
    m_rectify = button("rectifyButton");
    m_restrict = button("restrictButton");
    m_lift = button("liftRestrictionButton");
    m_uphold = button("upholdObjectionButton");
    m_override = button("overrideObjectionButton");
    m_erase = button("eraseButton");
    buttons->addStretch();
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("requestActionResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    connect(m_export, &QPushButton::clicked, this, &RequestActionsPanel::exportCopy);
    connect(m_erase, &QPushButton::clicked, this, &RequestActionsPanel::erase);
    connect(m_restrict, &QPushButton::clicked, this, [this] { restrict(true); });
    connect(m_lift, &QPushButton::clicked, this, [this] { restrict(false); });
    connect(m_rectify, &QPushButton::clicked, this, &RequestActionsPanel::rectify);
    connect(m_uphold, &QPushButton::clicked, this, [this] { decideObjection(true); });
    connect(m_override, &QPushButton::clicked, this, [this] { decideObjection(false); });
    retranslate();
    updateButtons();
}

void RequestActionsPanel::retranslate()
{
    m_export->setText(tr("Export the &copy…"));
    m_export->setToolTip(tr("A ZIP with the data as JSON, a report in the person's language, "
                            "their recordings and transcripts"));
    m_rectify->setText(tr("R&ectify…"));
    m_restrict->setText(tr("Re&strict processing"));
    m_lift->setText(tr("Lift res&triction"));
    m_uphold->setText(tr("Uphold: sto&p processing"));
    m_override->setText(tr("Override (&grounds)…"));
    m_erase->setText(tr("Erase…"));
}

void RequestActionsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestActionsPanel::setRequest(const std::optional<AccessRequestView>& view)
{
    if (!view || !m_view || view->record.id != m_view->record.id)
        m_result->clear();
    m_view = view;
    updateButtons();
}

void RequestActionsPanel::updateButtons()
{
    const bool usable = m_view && m_view->record.isVerified() && !m_view->record.isClosed();
    const RequestKind kind = m_view ? m_view->record.kind : RequestKind::Access;
    const bool copy = kind == RequestKind::Access || kind == RequestKind::Portability;
    const bool restriction = kind == RequestKind::Restriction || kind == RequestKind::Objection ||
                             kind == RequestKind::Rectification;
    m_export->setVisible(m_view && copy);
    m_rectify->setVisible(m_view && kind == RequestKind::Rectification);
    m_restrict->setVisible(m_view && restriction);
    m_lift->setVisible(m_view && restriction);
    m_uphold->setVisible(m_view && kind == RequestKind::Objection);
    m_override->setVisible(m_view && kind == RequestKind::Objection);
    m_erase->setVisible(m_view && kind == RequestKind::Erasure);
    for (QPushButton* b : {m_export, m_rectify, m_restrict, m_lift, m_uphold, m_override, m_erase})
        b->setEnabled(usable);
}

bool RequestActionsPanel::exportCopy()
{
    if (!m_view)
        return false;
    const qint64 id = m_view->record.id;
    Error error;
    const auto plan = SubjectExportService(m_session).plan(id, {}, &error);
    if (!plan) {
        emit errorOccurred(error.message);
        return false;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("exportCopyDialog"));
    dialog.setWindowTitle(tr("Export the copy of request %1").arg(id));
    auto* layout = new QVBoxLayout(&dialog);
    auto* what = new QLabel(
        tr("The copy holds %1 data subject(s), %2 call(s) with %3 recording(s), %4 chat(s) and "
           "%5 tag(s); %6 item(s) excluded are left out. The information and the first copy are "
           "free of charge.")
            .arg(plan->subjectIds.size())
            .arg(plan->callIds.size())
            .arg(plan->recordings)
            .arg(plan->chatIds.size())
            .arg(plan->tags)
            .arg(plan->excluded),
        &dialog);
    what->setObjectName(QStringLiteral("exportPlanLabel"));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    auto* language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("exportLanguageCombo"));
    language->addItem(QStringLiteral("Suomi"), int(NoticeLanguage::Finnish));
    language->addItem(QStringLiteral("English"), int(NoticeLanguage::English));
    form->addRow(tr("The person's &language:"), language);
    auto* delivery = new QComboBox(&dialog);
    delivery->setObjectName(QStringLiteral("exportDeliveryCombo"));
    for (const QString& d : plan->allowedDelivery)
        delivery->addItem(deliveryName(d), d);
    form->addRow(tr("&Handed over:"), delivery);
    auto* passphrase = new QLineEdit(&dialog);
    passphrase->setObjectName(QStringLiteral("exportPassphraseEdit"));
    passphrase->setEchoMode(QLineEdit::Password);
    passphrase->setPlaceholderText(tr("optional: told to the person separately"));
    auto* repeat = new QLineEdit(&dialog);
    repeat->setObjectName(QStringLiteral("exportPassphraseRepeatEdit"));
    repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase (AES-256):"), passphrase);
    form->addRow(tr("&Again:"), repeat);
    auto* pathRow = new QHBoxLayout;
    auto* path = new QLineEdit(
        QDir(QDir::homePath()).filePath(QStringLiteral("request-%1.zip").arg(id)), &dialog);
    path->setObjectName(QStringLiteral("exportPathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), &dialog);
    pathRow->addWidget(path, 1);
    pathRow->addWidget(browse);
    auto* pathLabel = new QLabel(tr("Save &to:"), &dialog);
    pathLabel->setBuddy(path);
    form->addRow(pathLabel, pathRow);
    auto* aesHint = new QLabel(tr("A copy with a passphrase is an AES-256 ZIP: it opens with "
                                  "7-Zip, WinZip or `7z x`, not with the old `unzip`."),
                               &dialog);
    aesHint->setWordWrap(true);
    form->addRow(QString(), aesHint);
    layout->addLayout(form);
    auto* problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("exportProblemLabel"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save the copy"));
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString chosen = QFileDialog::getSaveFileName(&dialog, tr("Save the copy"),
                                                            path->text(), tr("ZIP files (*.zip)"));
        if (!chosen.isEmpty())
            path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    std::optional<SubjectExportResult> result;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (passphrase->text() != repeat->text()) {
            problem->setText(tr("The passphrases differ."));
            return;
        }
        SubjectExportOptions options;
        options.outPath = path->text().trimmed();
        options.language = NoticeLanguage(language->currentData().toInt());
        options.delivery = delivery->currentData().toString();
        QByteArray bytes = passphrase->text().toUtf8();
        const SecretBytes secret = SecretBytes::fromBytes(bytes);
        if (!passphrase->text().isEmpty())
            options.passphrase = &secret;
        QProgressDialog progress(tr("Writing the copy…"), tr("Cancel"), 0, 1000, &dialog);
        progress.setObjectName(QStringLiteral("exportProgressDialog"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        Error exportError;
        result = SubjectExportService(m_session).exportPackage(
            id, options,
            [&progress](double fraction) {
                progress.setValue(int(fraction * 1000));
                QApplication::processEvents();
                return !progress.wasCanceled();
            },
            &exportError);
        if (!result) {
            problem->setText(exportError.message);
            return;
        }
        dialog.accept();
    });
    const QPointer<RequestActionsPanel> self(this);
    const int accepted = LockGate::run([&dialog] { return dialog.exec(); });
    if (!self || accepted != QDialog::Accepted || !result)
        return false;
    m_result->setText(tr("The copy is saved as %1 (%2 bytes%3). SHA-256 %4 is in the audit trail. "
                         "Hand it over, then close the request with its outcome.")
                          .arg(QDir::toNativeSeparators(result->path))
                          .arg(QLocale().toString(result->bytes))
                          .arg(result->encrypted ? tr(", encrypted") : QString())
                          .arg(groupsOf16(QString::fromLatin1(result->sha256.toHex()))));
    emit done(m_result->text());
    return true;
}

bool RequestActionsPanel::erase()
{
    if (!m_view)
        return false;
    const qint64 id = m_view->record.id;
    Error error;
    const auto plan = SubjectRightsService(m_session).planErasure(id, &error);
    if (!plan) {
        emit errorOccurred(error.message);
        return false;
    }
    QStringList lines;
    lines << tr("Erased for good: %1 data subject(s) with %2 identifier(s), %3 call(s) with %4 "
                "recording(s) and %5 tag(s) (%6 clip(s) leave coaching playlists), %7 chat(s) with "
                "%8 message(s).")
                 .arg(plan->subjects.size())
                 .arg(plan->identifiers)
                 .arg(plan->calls.size())
                 .arg(plan->recordings)
                 .arg(plan->tags)
                 .arg(plan->clips)
                 .arg(plan->chats.size())
                 .arg(plan->messages);
    if (!plan->calls.isEmpty())
        lines << tr("Calls: %1").arg(ids(plan->calls));
    if (plan->kept.isEmpty())
        lines << tr("Nothing is kept.");
    else
        lines << tr("Kept, and why:");
    for (const ErasureKept& k : plan->kept)
        lines << QStringLiteral("  · %1 %2: %3")
                     .arg(k.kind == RequestItem::Kind::Call   ? tr("call")
                          : k.kind == RequestItem::Kind::Chat ? tr("chat")
                                                              : tr("data subject"))
                     .arg(k.id)
                     .arg(k.reason);
    QMessageBox box(QMessageBox::Warning, tr("Erase for request %1").arg(id),
                    tr("Erasure cannot be undone. Check what goes and what is kept."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("eraseConfirmBox"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* eraseButton = box.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    const QPointer<RequestActionsPanel> self(this);
    LockGate::run([&box] { return box.exec(); });
    if (!self || box.clickedButton() != eraseButton)
        return false;
    const auto erased = SubjectRightsService(m_session).erase(id, &error);
    if (!erased) {
        emit errorOccurred(error.message);
        return false;
    }
    m_result->setText(tr("Erased: %1 data subject(s), %2 call(s) (%3 recording file(s) removed), "
                         "%4 chat(s); %5 kept under a hold or duty.")
                          .arg(erased->subjects.size())
                          .arg(erased->calls.size())
                          .arg(erased->filesRemoved)
                          .arg(erased->chats.size())
                          .arg(erased->kept.size()));
    emit done(m_result->text());
    return true;
}

bool RequestActionsPanel::restrict(bool restricted)
{
    if (!m_view)
        return false;
    Error error;
    const auto result =
        SubjectRightsService(m_session).setRestricted(m_view->record.id, restricted, &error);
    if (!result) {
        emit errorOccurred(error.message);
        return false;
    }
    m_result->setText(
        restricted ? tr("Processing is restricted: %1 data subject(s) and their records no "
                        "longer reach quality review or training.")
                         .arg(result->subjects)
                   : tr("The restriction is lifted for %1 data subject(s).").arg(result->subjects));
    emit done(m_result->text());
    return true;
}

bool RequestActionsPanel::rectify()
{
    if (!m_view)
        return false;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rectifyDialog"));
    dialog.setWindowTitle(tr("Rectify for request %1").arg(m_view->record.id));
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout;
    auto* subject = new QComboBox(&dialog);
    subject->setObjectName(QStringLiteral("rectifySubjectCombo"));
    for (const RequestItem& i : m_view->items)
        if (i.kind == RequestItem::Kind::Subject && i.included)
            subject->addItem(tr("Data subject %1").arg(i.objectId), i.objectId);
    auto* kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("rectifyKindCombo"));
    for (IdentifierKind k :
         {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Name,
          IdentifierKind::IdentityCode, IdentifierKind::BusinessId, IdentifierKind::Address})
        kind->addItem(SubjectService::kindName(k), int(k));
    auto* from = new QLineEdit(&dialog);
    from->setObjectName(QStringLiteral("rectifyFromEdit"));
    auto* to = new QLineEdit(&dialog);
    to->setObjectName(QStringLiteral("rectifyToEdit"));
    form->addRow(tr("&Data subject:"), subject);
    form->addRow(tr("&What:"), kind);
    form->addRow(tr("&Now:"), from);
    form->addRow(tr("&Corrected:"), to);
    layout->addLayout(form);
    auto* problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rectify"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Error error;
        if (SubjectRightsService(m_session).rectify(
                m_view->record.id, subject->currentData().toLongLong(),
                IdentifierKind(kind->currentData().toInt()), from->text(), to->text(), &error))
            dialog.accept();
        else
            problem->setText(error.message);
    });
    const QPointer<RequestActionsPanel> self(this);
    const int result = LockGate::run([&dialog] { return dialog.exec(); });
    if (!self || result != QDialog::Accepted)
        return false;
    m_result->setText(tr("Rectified; the value before and after is kept in the audit trail, "
                         "readable only by privacy officers."));
    emit done(m_result->text());
    return true;
}

bool RequestActionsPanel::decideObjection(bool upheld)
{
    if (!m_view)
        return false;
    ObjectionDecision decision;
    decision.upheld = upheld;
    if (!upheld) {
        bool ok = false;
        decision.grounds = QInputDialog::getMultiLineText(
            this, tr("Override the objection"),
            tr("The compelling legitimate grounds that override the person's interests (GDPR "
               "art. 21(1)); the person is told them:"),
            QString(), &ok);
        if (!ok)
            return false;
    }
    Error error;
    if (!SubjectRightsService(m_session).recordObjection(m_view->record.id, decision, &error)) {
        emit errorOccurred(error.message);
        return false;
    }
    m_result->setText(upheld ? tr("The objection is upheld: processing is restricted.")
                             : tr("The objection is overridden; the grounds are recorded."));
    emit done(m_result->text());
    return true;
}

} // namespace tallenne
