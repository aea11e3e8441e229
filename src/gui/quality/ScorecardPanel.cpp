#include "gui/quality/ScorecardPanel.h"

#include "core/Interaction.h"
#include "core/Permissions.h"
#include "gui/LockGate.h"
#include "gui/StatusLabel.h"
#include "gui/quality/ScorecardEditor.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "ui_ScorecardPanel.h"

Q_DECLARE_METATYPE(tallenne::ScorecardDefinition)

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QShortcut>

namespace tallenne {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

ScorecardDefinition emptyCard()
{
    ScorecardDefinition card;
    card.sections.append(ScorecardSection{});
    card.sections.first().criteria.append(ScorecardCriterion{});
    return card;
}
} // namespace

ScorecardPanel::ScorecardPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScorecardPanel>()), m_session(session),
      m_service(session)
{
    m_ui->setupUi(this);
    m_editor = new ScorecardEditor(this);
    m_editor->setObjectName(QStringLiteral("scorecardEditor"));
    m_ui->editorLayout->addWidget(m_editor);
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_ui->statusLayout->addWidget(m_status);
    QTreeWidget* list = m_ui->scorecardsTreeWidget;
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_manage = Permissions::allows(session.roles(), Permission::ManageScorecards);
    for (QPushButton* b :
         {m_ui->newButton, m_ui->importButton, m_ui->retireButton, m_ui->saveButton})
        b->setVisible(m_manage);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { (void)save(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ScorecardPanel::newScorecard);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ScorecardPanel::askImport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ScorecardPanel::askExport);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &ScorecardPanel::toggleRetired);
    connect(m_editor, &ScorecardEditor::modified, this, &ScorecardPanel::updateState);
    connect(list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                if (m_syncing || !current)
                    return;
                const qint64 id = current->data(0, IdRole).toLongLong();
                if (id == m_scorecardId && m_latest)
                    return;
                if (!confirmLeave()) {
                    // The user kept the changes: the list goes back to what is edited.
                    m_syncing = true;
                    m_ui->scorecardsTreeWidget->setCurrentItem(previous);
                    m_syncing = false;
                    return;
                }
                showVersion(id, 0);
            });
    connect(m_ui->versionComboBox, &QComboBox::activated, this, [this](int index) {
        const qint64 versionId = m_ui->versionComboBox->itemData(index).toLongLong();
        if (versionId == m_versionId)
            return;
        if (!confirmLeave()) {
            fillVersions();
            return;
        }
        showVersion(m_scorecardId, versionId);
    });
    connect(&session.events(), &RegisterEvents::changed, this, [this](Changes what) {
        if (what & Change::Quality)
            reload();
    });
    reload();
}

ScorecardPanel::~ScorecardPanel() = default;

void ScorecardPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillList();
        fillVersions();
        updateState();
    }
    QWidget::changeEvent(event);
}

bool ScorecardPanel::hasUnsavedChanges() const
{
    return m_manage && m_latest && m_editor->isModified();
}

QVariantMap ScorecardPanel::sessionState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("scorecard"), m_scorecardId);
    // The edits themselves, as typed (a half-typed card that Save would refuse too).
    if (hasUnsavedChanges())
        state.insert(QStringLiteral("unsaved"), QVariant::fromValue(m_editor->definition()));
    return state;
}

void ScorecardPanel::restoreSessionState(const QVariantMap& state)
{
    const qint64 id = state.value(QStringLiteral("scorecard")).toLongLong();
    const QVariant unsaved = state.value(QStringLiteral("unsaved"));
    if (id > 0)
        selectScorecard(id);
    else if (unsaved.isValid())
        newScorecard();
    if (!unsaved.canConvert<ScorecardDefinition>() || !m_manage)
        return;
    m_editor->setDefinition(unsaved.value<ScorecardDefinition>());
    m_editor->setModified(true);
    updateState();
    m_status->say([] { return tr("Your unsaved changes are back: Save keeps them."); });
}

QString ScorecardPanel::statusText() const
{
    return m_status->text();
}

void ScorecardPanel::fail(const QString& message)
{
    m_status->sayAsIs(message, true);
    emit errorOccurred(message);
}

const ScorecardRecord* ScorecardPanel::currentRecord() const
{
    for (const ScorecardRecord& card : m_cards) {
        if (card.id == m_scorecardId)
            return &card;
    }
    return nullptr;
}

void ScorecardPanel::reload()
{
    Error error;
    const auto cards = m_service.list(&error);
    if (!cards) {
        fail(error.message);
        return;
    }
    m_cards = *cards;
    // In use first by name, the retired ones after them.
    std::stable_sort(m_cards.begin(), m_cards.end(),
                     [](const ScorecardRecord& a, const ScorecardRecord& b) {
                         if (a.retired != b.retired)
                             return !a.retired;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    fillList();
    const bool known = currentRecord() != nullptr;
    if (m_editor->isModified() && (known || m_scorecardId == 0)) {
        // Someone else's change must not overwrite what is being edited here.
        Error readError;
        if (known) {
            if (const auto versions = m_service.versions(m_scorecardId, &readError))
                m_versions = *versions;
            const auto latest = m_latest ? m_service.get(m_scorecardId, &readError) : std::nullopt;
            if (latest && latest->definition != m_loaded) {
                m_loaded = latest->definition;
                const int version = latest->version.version;
                m_status->say([version] {
                    return tr("This scorecard was changed elsewhere (now version %1). Your unsaved "
                              "changes are kept: Save stores them over that change.")
                        .arg(version);
                });
            }
        }
        fillVersions();
        updateState();
        return;
    }
    if (known)
        showVersion(m_scorecardId, m_latest ? 0 : m_versionId);
    else if (m_scorecardId != 0 || !m_editor->isModified()) {
        if (!m_cards.isEmpty())
            showVersion(m_cards.first().id, 0);
        else if (m_manage)
            newScorecard();
        else
            updateState();
    }
}

void ScorecardPanel::fillList()
{
    QTreeWidget* list = m_ui->scorecardsTreeWidget;
    m_syncing = true;
    list->clear();
    for (const ScorecardRecord& card : std::as_const(m_cards)) {
        auto* item = new QTreeWidgetItem(list);
        item->setData(0, IdRole, card.id);
        item->setText(0, card.retired ? tr("%1 (retired)").arg(card.name) : card.name);
        item->setText(1, QString::number(card.latestVersion));
        item->setText(2, QString::number(card.evaluationCount));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (card.retired) {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("Retired: offered for no new evaluation."));
        }
        if (card.id == m_scorecardId)
            list->setCurrentItem(item);
    }
    m_syncing = false;
}

void ScorecardPanel::showVersion(qint64 scorecardId, qint64 versionId)
{
    Error error;
    const auto view =
        versionId > 0 ? m_service.version(versionId, &error) : m_service.get(scorecardId, &error);
    const auto versions = view ? m_service.versions(scorecardId, &error) : std::nullopt;
    if (!view || !versions) {
        fail(error.message);
        return;
    }
    m_scorecardId = scorecardId;
    m_versionId = view->version.id;
    m_version = view->version.version;
    m_latest = view->version.id == view->card.latestVersionId;
    m_versions = *versions;
    m_loaded = view->definition;
    m_editor->setDefinition(view->definition);
    m_syncing = true;
    for (int i = 0; i < m_ui->scorecardsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->scorecardsTreeWidget->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == scorecardId)
            m_ui->scorecardsTreeWidget->setCurrentItem(item);
    }
    m_syncing = false;
    fillVersions();
    updateState();
}

void ScorecardPanel::fillVersions()
{
    QComboBox* box = m_ui->versionComboBox;
    box->clear();
    if (m_scorecardId == 0) {
        box->addItem(tr("New scorecard, not saved yet"), 0);
        return;
    }
    // Newest first.
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        const QString used = tr("used by %n evaluation(s), drafts and calibrations included",
                                nullptr, it->evaluationCount);
        box->addItem(it == m_versions.crbegin()
                         ? tr("Version %1 (latest) — %2").arg(it->version).arg(used)
                         : tr("Version %1 — %2").arg(it->version).arg(used),
                     it->id);
        if (it->id == m_versionId)
            box->setCurrentIndex(box->count() - 1);
    }
}

void ScorecardPanel::updateState()
{
    const bool editable = m_manage && m_latest;
    if (m_editor->isReadOnly() == editable)
        m_editor->setReadOnly(!editable);
    const ScorecardRecord* card = currentRecord();
    m_ui->saveButton->setEnabled(editable);
    m_ui->exportButton->setEnabled(m_scorecardId != 0);
    m_ui->versionComboBox->setEnabled(m_scorecardId != 0);
    m_ui->retireButton->setEnabled(card != nullptr);
    m_ui->retireButton->setText(card && card->retired ? tr("Reinstate") : tr("Retire"));
    QString note;
    if (!m_latest)
        note = tr("Version %1 is an earlier version: it is shown read-only. Evaluations made on "
                  "it keep it.")
                   .arg(m_version);
    else if (!m_manage)
        note = tr("Only quality managers change scorecards: shown read-only.");
    else if (card && card->retired)
        note = tr("This scorecard is retired: it is offered for no new evaluation.");
    m_ui->readOnlyLabel->setText(note);
    m_ui->readOnlyLabel->setVisible(!note.isEmpty());
}

bool ScorecardPanel::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_editor->definition().name.trimmed();
    ScopedDialog<QMessageBox> box(
        QMessageBox::Question, tr("Unsaved changes"),
        name.isEmpty() ? tr("Save the changes to the new scorecard?")
                       : tr("Save the changes to the scorecard “%1”?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setDefaultButton(QMessageBox::Save);
    const QPointer<ScorecardPanel> self(this);
    const int answer = box.exec();
    if (!self || LockGate::instance().lockPending())
        return false;
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_editor->setModified(false);
        return true;
    }
    return false;
}

void ScorecardPanel::newScorecard()
{
    if (!m_manage || !confirmLeave())
        return;
    m_scorecardId = 0;
    m_versionId = 0;
    m_version = 0;
    m_latest = true;
    m_versions.clear();
    m_editor->setDefinition(emptyCard());
    m_syncing = true;
    m_ui->scorecardsTreeWidget->setCurrentItem(nullptr);
    m_ui->scorecardsTreeWidget->clearSelection();
    m_syncing = false;
    fillVersions();
    updateState();
    m_status->say([] { return tr("A new scorecard: Save creates it."); });
    if (isVisible())
        m_editor->findChild<QWidget*>(QStringLiteral("nameLineEdit"))->setFocus();
}

bool ScorecardPanel::selectScorecard(qint64 scorecardId)
{
    if (scorecardId == m_scorecardId && m_latest)
        return true;
    if (!confirmLeave())
        return false;
    showVersion(scorecardId, 0);
    return m_scorecardId == scorecardId;
}

bool ScorecardPanel::save()
{
    if (!m_manage || !m_latest)
        return false;
    const ScorecardDefinition card = m_editor->definition();
    Error error;
    if (!card.validate(&error)) {
        fail(m_editor->showProblem(error.message));
        return false;
    }
    if (m_scorecardId == 0) {
        const auto id = m_service.create(card, &error);
        if (!id) {
            fail(m_editor->showProblem(error.message));
            return false;
        }
        m_editor->setModified(false);
        m_scorecardId = *id;
        m_latest = true;
        reload();
        m_status->say([] { return tr("Saved as version %1.").arg(1); });
        return true;
    }
    const int usedBefore = m_versions.isEmpty() ? 0 : m_versions.last().evaluationCount;
    const auto saved = m_service.save(m_scorecardId, card, &error);
    if (!saved) {
        fail(m_editor->showProblem(error.message));
        return false;
    }
    m_editor->setModified(false);
    m_latest = true;
    reload();
    const int version = saved->version;
    if (saved->newVersion)
        m_status->say([version, usedBefore] {
            return tr("Saved as a new version %1: the %n evaluation(s) made on version %2 keep "
                      "it.",
                      nullptr, usedBefore)
                .arg(version)
                .arg(version - 1);
        });
    else
        m_status->say([version] { return tr("Saved as version %1.").arg(version); });
    return true;
}

void ScorecardPanel::askImport()
{
    if (!m_manage || !confirmLeave())
        return;
    const QPointer<ScorecardPanel> self(this);
    const QString path = LockGate::run([this] {
        return QFileDialog::getOpenFileName(this, tr("Import a scorecard"), QDir::homePath(),
                                            tr("Scorecards (*.json)"));
    });
    if (!self || LockGate::instance().lockPending() || path.isEmpty())
        return;
    (void)importFrom(path);
}

bool ScorecardPanel::importFrom(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1 was not imported: %2").arg(fileName, file.errorString()));
        return false;
    }
    const QByteArray json = file.read(ScorecardDefinition::MaxFileBytes + 1);
    Error error;
    const auto id = m_service.importJson(json, &error);
    if (!id) {
        fail(tr("%1 was not imported: %2").arg(fileName, error.message));
        return false;
    }
    m_editor->setModified(false);
    m_scorecardId = *id;
    m_latest = true;
    reload();
    const QString name = m_editor->definition().name;
    m_status->say([name, fileName] { return tr("Imported “%1” from %2.").arg(name, fileName); });
    return true;
}

void ScorecardPanel::askExport()
{
    if (m_scorecardId == 0)
        return;
    const QString suggested = ScorecardEditor::idFromTitle(m_editor->definition().name) +
                              QStringLiteral("-v%1.json").arg(m_version);
    const QPointer<ScorecardPanel> self(this);
    const QString path = LockGate::run([this, &suggested] {
        return QFileDialog::getSaveFileName(this, tr("Export the scorecard"),
                                            QDir::home().filePath(suggested),
                                            tr("Scorecards (*.json)"));
    });
    if (!self || LockGate::instance().lockPending() || path.isEmpty())
        return;
    (void)exportTo(path);
}

bool ScorecardPanel::exportTo(const QString& path)
{
    Error error;
    const auto json = m_service.exportJson(m_scorecardId, m_version, &error);
    if (!json) {
        fail(error.message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        fail(tr("The scorecard could not be written to %1: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const int version = m_version;
    const QString name = m_editor->definition().name;
    m_status->say([version, name, path] {
        return tr("Exported version %1 of “%2” to %3.")
            .arg(version)
            .arg(name, QDir::toNativeSeparators(path));
    });
    return true;
}

void ScorecardPanel::toggleRetired()
{
    const ScorecardRecord* card = currentRecord();
    if (!m_manage || !card)
        return;
    const bool retire = !card->retired;
    const QString name = card->name;
    Error error;
    if (!m_service.setRetired(card->id, retire, &error)) {
        fail(error.message);
        return;
    }
    reload();
    if (retire)
        m_status->say(
            [name] { return tr("Retired “%1”: it is offered for no new evaluation.").arg(name); });
    else
        m_status->say([name] { return tr("Reinstated “%1”.").arg(name); });
}

} // namespace tallenne
