#include "gui/RetentionPanel.h"

#include "gui/HoldsPanel.h"
#include "gui/LockGate.h"
#include "gui/PurgePanel.h"
#include "services/ProfileService.h"
#include "services/Session.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tallenne {

RetentionPanel::RetentionPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_mayEdit(Permissions::allows(session.roles(), Permission::ManageRetentionAndProfile))
{
    auto* layout = new QVBoxLayout(this);
    m_policyLabel = new QLabel(this);
    m_policyLabel->setWordWrap(true);
    m_policyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_policyLabel);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Legal holds and the purge are for those who may hold (privacy officers, administrators),
    // each on a tab of its own beside the profile.
    if (Permissions::allows(session.roles(), Permission::ManageLegalHolds)) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("retentionTabs"));
    }
    if (m_mayEdit) {
        auto* page = new QWidget(this);
        auto* pageLayout = new QVBoxLayout(page);
        if (!m_tabs)
            pageLayout->setContentsMargins(0, 0, 0, 0);
        m_editor = new QPlainTextEdit(page);
        m_editor->setObjectName(QStringLiteral("profileEditor"));
        m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_editor->setTabChangesFocus(true);
        auto* buttons = new QHBoxLayout;
        m_loadButton = new QPushButton(page);
        m_loadButton->setObjectName(QStringLiteral("loadProfileButton"));
        m_saveButton = new QPushButton(page);
        m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
        buttons->addWidget(m_loadButton);
        buttons->addStretch();
        buttons->addWidget(m_saveButton);
        pageLayout->addWidget(m_editor, 1);
        m_statusLabel->setParent(page);
        pageLayout->addWidget(m_statusLabel);
        pageLayout->addLayout(buttons);
        m_profilePage = page;
        if (!m_tabs)
            layout->addWidget(page, 1);
        connect(m_loadButton, &QPushButton::clicked, this, [this] {
            const QPointer<RetentionPanel> self(this);
            const QString path = LockGate::run([this] {
                return QFileDialog::getOpenFileName(this, tr("Register profile"), QString(),
                                                    tr("JSON files (*.json);;All files (*)"));
            });
            if (self && !LockGate::instance().lockPending() && !path.isEmpty())
                loadFromFile(path);
        });
        connect(m_saveButton, &QPushButton::clicked, this, &RetentionPanel::saveProfile);
    } else {
        layout->addWidget(m_statusLabel);
    }
    if (m_tabs) {
        m_holds = new HoldsPanel(session, m_tabs);
        m_holds->setObjectName(QStringLiteral("holdsPanel"));
        m_tabs->addTab(m_holds, QString());
        m_purge = new PurgePanel(session, m_tabs);
        m_purge->setObjectName(QStringLiteral("purgePanel"));
        m_tabs->addTab(m_purge, QString());
        // The profile as JSON last: the Administration section edits it as a form; this is
        // for loading and checking a whole file.
        if (m_profilePage)
            m_tabs->addTab(m_profilePage, QString());
        // A hold placed or released changes what the purge would keep.
        connect(m_holds, &HoldsPanel::holdsChanged, m_purge, &PurgePanel::refresh);
        connect(m_purge, &PurgePanel::purgeFinished, m_holds, &HoldsPanel::refresh);
        layout->addWidget(m_tabs, 1);
    } else if (!m_mayEdit) {
        layout->addStretch();
    }
    retranslate();
    refresh();
}

void RetentionPanel::retranslate()
{
    if (m_tabs) {
        m_tabs->setTabText(m_tabs->indexOf(m_holds), tr("Legal holds"));
        m_tabs->setTabText(m_tabs->indexOf(m_purge), tr("Purge"));
        if (m_profilePage)
            m_tabs->setTabText(m_tabs->indexOf(m_profilePage), tr("Profile as JSON"));
    }
    if (m_mayEdit) {
        m_loadButton->setText(tr("&Load from file…"));
        m_saveButton->setText(tr("Validate and &save"));
        m_editor->setAccessibleName(tr("Register profile (JSON)"));
    }
}

void RetentionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

QString RetentionPanel::statusText() const
{
    return m_statusLabel->text();
}

void RetentionPanel::refresh()
{
    ProfileService service(m_session);
    Error error;
    const auto policy = service.retentionPolicy(&error);
    if (!policy) {
        m_policyLabel->setText(error.isError() ? error.message
                                               : tr("No register profile has been set yet: the "
                                                    "retention periods are not defined."));
    } else {
        const auto period = [](int months) {
            return months > 0 ? tr("%n month(s)", nullptr, months)
                              : tr("as long as the purpose or the law requires");
        };
        QString text = tr("<b>Retention in force</b><br>Recordings: %1<br>Call details: %2<br>"
                          "Chat transcripts: %3")
                           .arg(period(policy->months(RetentionPolicy::Kind::Recordings)),
                                period(policy->months(RetentionPolicy::Kind::CallMetadata)),
                                period(policy->months(RetentionPolicy::Kind::ChatTranscripts)));
        text += QStringLiteral("<br>") +
                (policy->allowsHolds()
                     ? tr("Legal holds allowed for: %1; at most %2")
                           .arg(policy->holdReasonNames(), period(policy->holdMaxMonths()))
                     : tr("No legal holds allowed."));
        m_policyLabel->setText(text);
    }
    if (m_mayEdit) {
        Error versionError;
        const auto version = service.currentVersion(&versionError);
        // The editor follows the profile in force (saved here, from the Administration form
        // or by tallenne-admin) unless it holds edits not saved yet: those are kept, and the
        // administrator is told that saving them would replace a newer version.
        if (version && !m_editor->document()->isModified()) {
            m_editor->setPlainText(QString::fromUtf8(version->json));
            m_basedOn = version->id;
        } else if (version && version->id != m_basedOn) {
            m_statusLabel->setText(
                tr("The profile in force was changed by %1 while you were editing it here. "
                   "Saving replaces it with the text below.")
                    .arg(version->setBy));
        }
    }
}

void RetentionPanel::loadFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_statusLabel->setText(tr("%1 cannot be read.").arg(path));
        return;
    }
    // A profile is at most RegisterProfile::MaxFileBytes: a larger file is not loaded whole.
    const QByteArray json = file.read(RegisterProfile::MaxFileBytes + 1);
    if (json.size() > RegisterProfile::MaxFileBytes) {
        m_statusLabel->setText(tr("%1 is too large for a register profile (at most %2 bytes).")
                                   .arg(path)
                                   .arg(RegisterProfile::MaxFileBytes));
        return;
    }
    m_editor->setPlainText(QString::fromUtf8(json));
    m_editor->document()->setModified(true); // not saved yet
    m_statusLabel->setText(tr("Loaded %1. Check it and save.").arg(path));
}

bool RetentionPanel::saveProfile()
{
    if (!m_mayEdit)
        return false;
    QStringList warnings;
    Error error;
    if (!ProfileService(m_session).set(m_editor->toPlainText().toUtf8(), &warnings, &error)) {
        m_statusLabel->setText(tr("Not saved: %1").arg(error.message));
        return false;
    }
    QString text = tr("Saved as the profile in force; the privacy notice was regenerated.");
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + tr("Check these: %1").arg(warnings.join(QStringLiteral("; ")));
    m_statusLabel->setText(text);
    m_editor->document()->setModified(false);
    refresh();
    return true;
}

} // namespace tallenne
