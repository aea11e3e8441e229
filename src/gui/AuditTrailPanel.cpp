#include "gui/AuditTrailPanel.h"

#include "gui/AuditTrailModel.h"
#include "gui/DateFields.h"
#include "gui/FilterFields.h"
#include "gui/LockGate.h"
#include "services/AuditService.h"
#include "services/Session.h"
#include "services/audit/AuditActions.h"
#include "services/audit/AuditVerifyTask.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tallenne {

namespace {

QString witnessState(WitnessCheck::State state)
{
    switch (state) {
    case WitnessCheck::State::Consistent:
        return AuditTrailPanel::tr("consistent");
    case WitnessCheck::State::Contradicts:
        return AuditTrailPanel::tr("contradicts the trail");
    case WitnessCheck::State::Unavailable:
        return AuditTrailPanel::tr("not checked");
    }
    return {};
}

// A clause that goes inside a sentence: without the full stop it may end with.
QString clause(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// The end of a sentence: one full stop (or its own ?, ! or …), never two.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) &&
        !text.endsWith(QLatin1Char('!')) && !text.endsWith(QChar(0x2026)))
        text += QLatin1Char('.');
    return text;
}

} // namespace

AuditTrailPanel::AuditTrailPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_wholeTrail(Permissions::allows(session.roles(), Permission::ReadAuditTrail)),
      m_model(new AuditTrailModel(this))
{
    auto* layout = new QVBoxLayout(this);

    // The chain's verification (administrators: a privacy officer sees only their entries).
    auto* verification = new QHBoxLayout;
    m_verificationLabel = new QLabel(this);
    m_verificationLabel->setObjectName(QStringLiteral("verificationLabel"));
    m_verificationLabel->setWordWrap(true);
    m_verificationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("verificationProgressBar"));
    m_progressBar->setVisible(false);
    m_goToButton = new QPushButton(this);
    m_goToButton->setObjectName(QStringLiteral("goToBrokenButton"));
    m_goToButton->setVisible(false);
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    verification->addWidget(m_verificationLabel, 1);
    verification->addWidget(m_progressBar);
    verification->addWidget(m_goToButton);
    verification->addWidget(m_verifyButton);
    m_witnessLabel = new QLabel(this);
    m_witnessLabel->setObjectName(QStringLiteral("witnessLabel"));
    m_witnessLabel->setWordWrap(true);
    m_witnessLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownLabel = new QLabel(this);
    m_ownLabel->setObjectName(QStringLiteral("ownEntriesLabel"));
    m_ownLabel->setWordWrap(true);
    if (m_wholeTrail) {
        layout->addLayout(verification);
        layout->addWidget(m_witnessLabel);
        m_ownLabel->setVisible(false);
    } else {
        for (QWidget* w : std::initializer_list<QWidget*>{
                 m_verificationLabel, m_progressBar, m_goToButton, m_verifyButton, m_witnessLabel})
            w->setVisible(false);
        delete verification;
        layout->addWidget(m_ownLabel);
    }

    // The filter: two rows, Enter in any field applies it.
    auto* filter = new QGridLayout;
    const auto line = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setClearButtonEnabled(true);
        edit->installEventFilter(this);
        applyWhenCleared(edit, this, [this] { applyFilter(); });
        return edit;
    };
    m_userLabel = new QLabel(this);
    m_userEdit = line("userLineEdit");
    m_userLabel->setBuddy(m_userEdit);
    m_actionLabel = new QLabel(this);
    m_actionEdit = line("actionLineEdit");
    m_actionLabel->setBuddy(m_actionEdit);
    m_objectLabel = new QLabel(this);
    m_objectEdit = line("objectLineEdit");
    m_objectLabel->setBuddy(m_objectEdit);
    if (!m_wholeTrail) {
        m_userEdit->setText(session.userName());
        m_userEdit->setReadOnly(true);
    }
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheckBox"));
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("toCheckBox"));
    m_fromEdit = new QDateEdit(today.addMonths(-1), this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_fromCheck, m_toCheck, m_fromEdit, m_toEdit})
        w->installEventFilter(this);
    // A date edited is a date meant.
    connect(m_fromEdit, &QDateEdit::dateChanged, m_fromCheck,
            [this] { m_fromCheck->setChecked(true); });
    connect(m_toEdit, &QDateEdit::dateChanged, m_toCheck, [this] { m_toCheck->setChecked(true); });
    m_applyButton = new QPushButton(this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    filter->addWidget(m_userLabel, 0, 0);
    filter->addWidget(m_userEdit, 0, 1);
    filter->addWidget(m_actionLabel, 0, 2);
    filter->addWidget(m_actionEdit, 0, 3);
    filter->addWidget(m_objectLabel, 0, 4);
    filter->addWidget(m_objectEdit, 0, 5);
    filter->addWidget(m_fromCheck, 1, 0);
    filter->addWidget(m_fromEdit, 1, 1);
    filter->addWidget(m_toCheck, 1, 2);
    filter->addWidget(m_toEdit, 1, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_clearButton);
    filter->addLayout(buttons, 1, 4, 1, 2);
    filter->setColumnStretch(1, 1);
    filter->setColumnStretch(3, 1);
    filter->setColumnStretch(5, 1);
    layout->addLayout(filter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows it does not show, so it reads no page
    // it does not need.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the rows in sight and the headers, not rows read for the purpose.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    bottom->addWidget(m_countLabel);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_exportButton);
    layout->addLayout(bottom);

    connect(m_applyButton, &QPushButton::clicked, this, &AuditTrailPanel::applyFilter);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        if (m_wholeTrail)
            m_userEdit->clear();
        m_actionEdit->clear();
        m_objectEdit->clear();
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
        applyFilter();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &AuditTrailPanel::askExport);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditTrailPanel::verify);
    connect(m_goToButton, &QPushButton::clicked, this,
            [this] { (void)goToEntry(m_brokenSequence); });
    connect(m_model, &AuditTrailModel::errorOccurred, this, [this](const QString& message) {
        m_statusLabel->setText(message);
        emit errorOccurred(message);
    });
    retranslate();
}

AuditTrailPanel::~AuditTrailPanel() = default;

void AuditTrailPanel::retranslate()
{
    m_userLabel->setText(tr("&User:"));
    m_actionLabel->setText(tr("&Action:"));
    m_objectLabel->setText(tr("&Object:"));
    m_fromCheck->setText(tr("Fro&m"));
    m_toCheck->setText(tr("&To"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit})
        DateFields::setUp(edit, DateFields::localeFormat());
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toEdit->setAccessibleName(tr("To date"));
    m_userEdit->setPlaceholderText(tr("login name"));
    m_actionEdit->setPlaceholderText(tr("e.g. login or purge"));
    m_actionEdit->setToolTip(tr("Any part of the action's code, such as purge for "
                                "retention.purge: the code of a row is its tooltip."));
    m_objectEdit->setPlaceholderText(tr("e.g. call:42 (call 42) or call (all calls)"));
    m_applyButton->setText(tr("A&pply"));
    m_clearButton->setText(tr("&Clear"));
    m_exportButton->setText(tr("&Export to CSV…"));
    m_verifyButton->setText(tr("Ve&rify again"));
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_ownLabel->setText(tr("You see the entries you wrote yourself: a privacy officer reads the "
                           "audit trail of their own work. The whole trail and its verification "
                           "are for administrators."));
    showCount();
    if (m_wholeTrail)
        showVerification();
}

void AuditTrailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditTrailPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read (and audited) only when someone looks.
    if (!m_started) {
        m_started = true;
        applyFilter();
        if (m_wholeTrail)
            verify();
    }
}

bool AuditTrailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            applyFilter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

AuditFilter AuditTrailPanel::filterFromForm() const
{
    AuditFilter f;
    f.user = m_userEdit->text().trimmed();
    f.action = m_actionEdit->text().trimmed();
    f.actionCodes = AuditActions::codesNamed(f.action); // the names the table shows
    f.object = m_objectEdit->text().trimmed();
    // Whole days of the local calendar the times are shown in; the end day included.
    if (m_fromCheck->isChecked())
        f.from = QDateTime(m_fromEdit->date(), QTime(0, 0)).toUTC();
    if (m_toCheck->isChecked())
        f.to = QDateTime(m_toEdit->date().addDays(1), QTime(0, 0)).toUTC();
    return f;
}

void AuditTrailPanel::applyFilter()
{
    m_started = true;
    Error error;
    auto view = AuditService(m_session).view(filterFromForm(), &error);
    if (!view) {
        m_model->setView(std::nullopt);
        m_statusLabel->setText(error.message);
        emit errorOccurred(error.message);
        showCount();
        return;
    }
    m_model->setView(std::move(view));
    m_model->setBrokenSequence(m_brokenSequence);
    m_statusLabel->clear();
    showCount();
    if (m_model->rowCount() > 0) {
        m_table->scrollToTop();
        m_table->resizeColumnsToContents();
    }
}

void AuditTrailPanel::showCount()
{
    const auto& view = m_model->view();
    m_countLabel->setText(view ? tr("%Ln entries", nullptr, int(view->count())) : QString());
}

bool AuditTrailPanel::goToEntry(qint64 sequence)
{
    const auto& current = m_model->view();
    Error error;
    qint64 row = current ? current->rowOf(sequence, &error) : -1;
    if (row < 0) {
        // Not among the entries shown: the whole trail (or all of one's own) again.
        if (m_wholeTrail)
            m_userEdit->clear();
        m_actionEdit->clear();
        m_objectEdit->clear();
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
        applyFilter();
        const auto& all = m_model->view();
        row = all ? all->rowOf(sequence, &error) : -1;
    }
    if (row < 0 || row > m_model->rowCount()) {
        const auto& all = m_model->view();
        const qint64 start = all ? all->trailStart(&error) : 0;
        m_statusLabel->setText(
            sequence > 0 && sequence < start
                ? tr("Entry %1 was purged on the audit trail's retention period: the trail now "
                     "starts at entry %2, after a signed checkpoint.")
                      .arg(sequence)
                      .arg(start)
                : tr("Entry %1 is not in the audit trail.").arg(sequence));
        return false;
    }
    const QModelIndex index = m_model->index(int(row), AuditTrailModel::Sequence);
    m_table->setCurrentIndex(index);
    m_table->selectRow(int(row));
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

void AuditTrailPanel::verify()
{
    if (m_task && m_task->isRunning())
        return;
    Error error;
    m_task = AuditVerifyTask::start(m_session, &error);
    if (!m_task) {
        m_verificationLabel->setText(error.message);
        return;
    }
    connect(m_task.get(), &AuditVerifyTask::progress, this, [this](qint64 done, qint64 total) {
        m_progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progressBar->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(m_task.get(), &AuditVerifyTask::finished, this, &AuditTrailPanel::verificationFinished);
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    m_verifyButton->setEnabled(false);
    m_goToButton->setVisible(false);
    showVerification();
}

bool AuditTrailPanel::isVerifying() const
{
    return m_task && m_task->isRunning();
}

void AuditTrailPanel::verificationFinished()
{
    m_progressBar->setVisible(false);
    m_verifyButton->setEnabled(true);
    const auto& result = m_task->result();
    m_brokenSequence = result && !result->intact ? result->firstBadSequence : 0;
    m_model->setBrokenSequence(m_brokenSequence);
    showVerification();
}

void AuditTrailPanel::showVerification()
{
    if (!m_task) {
        m_verificationLabel->setText(tr("The audit trail has not been verified yet."));
        m_witnessLabel->clear();
        return;
    }
    if (m_task->isRunning()) {
        m_verificationLabel->setText(tr("Verifying the audit trail…"));
        m_witnessLabel->clear();
        return;
    }
    const auto& result = m_task->result();
    if (!result) {
        m_verificationLabel->setText(sentence(
            tr("The audit trail could not be verified: %1").arg(clause(m_task->error().message))));
        m_witnessLabel->clear();
        m_goToButton->setVisible(false);
        return;
    }
    // Every line a whole sentence, in each language: the clauses the verifier and the
    // witnesses give end without a full stop, the line with one.
    QString verdict;
    if (result->intact) {
        verdict = tr("The audit trail is intact: %1.").arg(clause(AuditService::summary(*result)));
    } else if (result->firstBadSequence > 0) {
        verdict = tr("The audit trail is broken at entry %1: %2")
                      .arg(result->firstBadSequence)
                      .arg(clause(result->problem));
    } else {
        verdict = tr("The audit trail is broken: %1").arg(clause(result->problem));
    }
    if (!result->intact && result->problems.size() + result->moreProblems > 1)
        verdict += QLatin1Char(' ') + tr("(%Ln problem(s) in all)", nullptr,
                                         int(result->problems.size() + result->moreProblems));
    m_verificationLabel->setText(sentence(verdict));
    m_verificationLabel->setStyleSheet(
        result->intact ? QString()
                       : QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }"));
    m_goToButton->setText(tr("&Go to entry %1").arg(result->firstBadSequence));
    m_goToButton->setVisible(result->firstBadSequence > 0);

    // The witnesses, as `tallenne-admin audit verify` lists them: which could be checked.
    QStringList lines;
    int checked = 0;
    for (const WitnessCheck& w : result->witnesses) {
        if (w.state != WitnessCheck::State::Unavailable)
            ++checked;
        lines << tr("%1: %2: %3")
                     .arg(AuditService::witnessName(w), witnessState(w.state), clause(w.detail));
    }
    QString text = sentence(tr("Witnesses:") + QLatin1Char(' ') + lines.join(QStringLiteral("; ")));
    if (checked == 1 && !result->witnesses.isEmpty() &&
        result->witnesses.last().state != WitnessCheck::State::Unavailable)
        text += QLatin1Char(' ') +
                tr("Only the anchor in keyslots.json could be checked: a cut tail or a "
                   "rolled-back register would not show. Keep a signed head (tallenne-admin "
                   "audit head) and check against it.");
    m_witnessLabel->setText(text);
}

QString AuditTrailPanel::verificationText() const
{
    return m_verificationLabel->text() + QLatin1Char('\n') + m_witnessLabel->text();
}

QString AuditTrailPanel::statusText() const
{
    return m_statusLabel->text();
}

void AuditTrailPanel::askExport()
{
    const QPointer<AuditTrailPanel> self(this);
    const QString path = LockGate::run([this] {
        return QFileDialog::getSaveFileName(
            this, tr("Export the audit trail"),
            QDir::home().filePath(QStringLiteral("audit-trail.csv")), tr("CSV files (*.csv)"));
    });
    if (!self || LockGate::instance().lockPending() || path.isEmpty())
        return;
    (void)exportTo(path);
}

bool AuditTrailPanel::exportTo(const QString& path)
{
    Error error;
    // What the list shows (the filter last applied), or the fields' filter when none is.
    const auto& view = m_model->view();
    const AuditFilter filter = view ? view->filter() : filterFromForm();
    const auto written = AuditService(m_session).exportCsv(filter, path, &error);
    if (!written) {
        m_statusLabel->setText(error.message);
        emit errorOccurred(error.message);
        return false;
    }
    m_statusLabel->setText(tr("Exported %Ln entries to %1.", nullptr, int(*written))
                               .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace tallenne
