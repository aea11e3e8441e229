#include "gui/AdminPanel.h"

#include "gui/ProfileEditor.h"
#include "gui/StatusLabel.h"
#include "gui/UserDialog.h"

#include "core/Capability.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "services/keys/KeyService.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tallenne {

namespace {
QString shortName(Capability c)
{
    switch (c) {
    case Capability::Identifiers:
        return AdminPanel::tr("identifiers");
    case Capability::Lookup:
        return AdminPanel::tr("lookup");
    case Capability::Recordings:
        return AdminPanel::tr("recordings");
    case Capability::Register:
        break;
    }
    return {};
}
} // namespace

AdminPanel::AdminPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    outer->addWidget(m_tabs);

    m_usersPage = new QWidget(m_tabs);
    m_usersPage->setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(m_usersPage);
    m_heading = new QLabel(m_usersPage);
    m_heading->setWordWrap(true);
    m_users = new QTableWidget(0, 4, m_usersPage);
    m_users->setObjectName(QStringLiteral("users"));
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setTabKeyNavigation(false);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->verticalHeader()->hide();
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &AdminPanel::updateButtons);
    connect(m_users, &QTableWidget::itemActivated, this, [this] { changeRoles(); });

    auto* actions = new QHBoxLayout;
    m_add = new QPushButton(m_usersPage);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_roles = new QPushButton(m_usersPage);
    m_roles->setObjectName(QStringLiteral("rolesButton"));
    m_password = new QPushButton(m_usersPage);
    m_password->setObjectName(QStringLiteral("passwordButton"));
    m_remove = new QPushButton(m_usersPage);
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    connect(m_add, &QPushButton::clicked, this, &AdminPanel::addUser);
    connect(m_roles, &QPushButton::clicked, this, &AdminPanel::changeRoles);
    connect(m_password, &QPushButton::clicked, this, &AdminPanel::resetPassword);
    connect(m_remove, &QPushButton::clicked, this, &AdminPanel::removeUser);
    actions->addWidget(m_add);
    actions->addWidget(m_roles);
    actions->addWidget(m_password);
    actions->addWidget(m_remove);
    actions->addStretch();

    m_status = new StatusLabel(m_usersPage);
    m_status->setObjectName(QStringLiteral("userStatus"));

    auto* handoverRow = new QHBoxLayout;
    m_handoverNote = new QLabel(m_usersPage);
    m_handoverNote->setWordWrap(true);
    m_handover = new QPushButton(m_usersPage);
    m_handover->setObjectName(QStringLiteral("handover"));
    connect(m_handover, &QPushButton::clicked, this, &AdminPanel::handOver);
    handoverRow->addWidget(m_handoverNote, 1);
    handoverRow->addWidget(m_handover);
    layout->addWidget(m_heading);
    layout->addWidget(m_users);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addLayout(handoverRow);
    m_tabs->addTab(m_usersPage, QString());

    // The profile is the administrators' too (ManageRetentionAndProfile); the service checks.
    if (Permissions::allows(m_session.roles(), Permission::ManageRetentionAndProfile)) {
        m_profile = new ProfileEditor(m_session, m_tabs);
        m_tabs->addTab(m_profile, QString());
    }

    // Users added, removed or changed here, by another console or by tallenne-admin.
    connect(&m_session.events(), &RegisterEvents::changed, this, [this](Changes what) {
        if (what & Change::Users)
            refresh();
        if (m_profile && (what & Change::Profile))
            m_profile->refresh();
    });
    retranslate();
    refresh();
}

void AdminPanel::retranslate()
{
    m_tabs->setTabText(0, tr("&Users and roles"));
    if (m_profile)
        m_tabs->setTabText(1, tr("Register &profile"));
    m_heading->setText(tr("The users of the register, their roles and the keys they hold. "
                          "Select a user to change their roles or password or to remove them."));
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Keys"), tr("Created")});
    m_users->setAccessibleName(tr("Users"));
    m_add->setText(tr("&Add user…"));
    m_roles->setText(tr("Change &roles…"));
    m_password->setText(tr("Reset pass&word…"));
    m_remove->setText(tr("Re&move user…"));
    m_handover->setText(tr("Hand over &keys…"));
}

void AdminPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // the status line speaks the new language itself (StatusLabel)
    }
    QWidget::changeEvent(event);
}

QString AdminPanel::selectedUser() const
{
    const QList<QTableWidgetItem*> selected = m_users->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem* name = m_users->item(selected.first()->row(), 0);
    return name ? name->text() : QString();
}

QString AdminPanel::statusText() const
{
    return m_status->text();
}

void AdminPanel::showStatus(std::function<QString()> text, bool isError)
{
    m_status->say(std::move(text), isError);
}

void AdminPanel::updateButtons()
{
    const bool any = !selectedUser().isEmpty();
    m_roles->setEnabled(any);
    m_password->setEnabled(any);
    m_remove->setEnabled(any);
}

void AdminPanel::refresh()
{
    m_refreshed = true;
    const QString keep = selectedUser();
    Error error;
    const QList<UserRecord> users = UserService(m_session).list(&error);
    if (error) {
        m_status->sayAsIs(error.message, true);
        return;
    }
    KeyService keys(m_session);
    const QSignalBlocker blocker(m_users);
    m_users->clearSelection();
    m_users->setRowCount(int(users.size()));
    const QLocale locale;
    bool anyOtherHolder = false;
    for (int i = 0; i < users.size(); ++i) {
        const UserRecord& u = users.at(i);
        QStringList roles;
        for (Role r : RoleNames::all()) {
            if (u.roles.testFlag(r))
                roles << RoleNames::displayName(r);
        }
        // What the user's login opens besides the register: held, or waiting for a holder
        // to log in and seal it to them.
        QStringList held;
        QString tip;
        const auto holdings = keys.holdings(u.name, &error);
        if (holdings) {
            for (const auto& [capability, holding] : *holdings) {
                if (holding == KeyService::Holding::Held)
                    held << shortName(capability);
                else if (holding == KeyService::Holding::Pending)
                    held << tr("%1 (waiting)").arg(shortName(capability));
                if (holding == KeyService::Holding::Held && u.name != m_session.userName() &&
                    capability == Capability::Identifiers)
                    anyOtherHolder = true;
            }
            if (std::any_of(holdings->cbegin(), holdings->cend(),
                            [](const auto& h) { return h.second == KeyService::Holding::Pending; }))
                tip = tr("A waiting key reaches this user when someone who holds it next logs "
                         "in.");
        } else {
            held << error.message;
        }
        auto* keyItem = new QTableWidgetItem(held.isEmpty() ? tr("register only")
                                                            : held.join(QStringLiteral(", ")));
        keyItem->setToolTip(tip);
        m_users->setItem(i, 0, new QTableWidgetItem(u.name));
        m_users->setItem(i, 1, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_users->setItem(i, 2, keyItem);
        m_users->setItem(i, 3,
                         new QTableWidgetItem(locale.toString(u.created.toLocalTime().date(),
                                                              QLocale::ShortFormat)));
        if (u.name == keep)
            m_users->selectRow(i);
    }
    m_users->resizeColumnsToContents();
    // The last column fills the width again (a refresh's resize takes the stretch away).
    m_users->horizontalHeader()->setStretchLastSection(false);
    m_users->horizontalHeader()->setStretchLastSection(true);
    updateButtons();

    // The first administrator holds every key until a privacy officer does.
    bool extra = false;
    for (Capability c : Capabilities::sealedInRegister())
        extra =
            extra || (m_session.keys().holds(c) && !Capabilities::carries(m_session.roles(), c));
    m_handover->setVisible(extra);
    m_handoverNote->setVisible(extra);
    m_handover->setEnabled(anyOtherHolder);
    m_handoverNote->setText(
        anyOtherHolder
            ? tr("You hold keys your roles do not carry (identifiers, lookup, recordings). A "
                 "privacy officer holds them now: hand yours over.")
            : tr("You hold every key until a privacy officer does. Add one; then hand your "
                 "keys over here."));
}

void AdminPanel::addUser()
{
    auto* dialog = new UserDialog(UserDialog::Mode::Add, {}, {}, m_session.paths().folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] { submit(dialog); });
    dialog->open();
}

void AdminPanel::changeRoles()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    Error error;
    Roles current;
    for (const UserRecord& u : UserService(m_session).list(&error)) {
        if (u.name == name)
            current = u.roles;
    }
    auto* dialog = new UserDialog(UserDialog::Mode::ChangeRoles, name, current,
                                  m_session.paths().folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] { submit(dialog); });
    dialog->open();
}

void AdminPanel::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    auto* dialog =
        new UserDialog(UserDialog::Mode::Password, name, {}, m_session.paths().folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] { submit(dialog); });
    dialog->open();
}

void AdminPanel::submit(UserDialog* dialog)
{
    const QString name = dialog->userName();
    Error error;
    UserService users(m_session);
    // The message is made again in the new language when the language is switched.
    std::function<QString()> done;
    m_refreshed = false;
    switch (dialog->mode()) {
    case UserDialog::Mode::Add: {
        if (!UserService::validName(name, &error) ||
            !users.add(name, dialog->roles(), dialog->takePassword(), &error)) {
            dialog->showError(error.message);
            return;
        }
        // As `user add` says: the first administrator holds every key until a privacy
        // officer does; now it is time to give them up.
        const bool handOver = dialog->roles().testFlag(Role::PrivacyOfficer) &&
                              !Capabilities::carries(m_session.roles(), Capability::Identifiers) &&
                              m_session.keys().holds(Capability::Identifiers);
        done = [name, given = dialog->roles(), handOver] {
            QStringList roles;
            for (Role r : RoleNames::all()) {
                if (given.testFlag(r))
                    roles << RoleNames::displayName(r);
            }
            QString text = tr("Added %1 (%2).").arg(name, roles.join(QStringLiteral(", ")));
            if (handOver)
                text += QLatin1Char(' ') +
                        tr("%1 now holds the identifier, lookup and recordings keys. Your roles "
                           "do not carry them: hand your copies over below.")
                            .arg(name);
            return text;
        };
        break;
    }
    case UserDialog::Mode::ChangeRoles:
        if (!users.setRoles(name, dialog->roles(), &error)) {
            dialog->showError(error.message);
            return;
        }
        done = [name] {
            return tr("Changed the roles of %1.").arg(name);
        };
        break;
    case UserDialog::Mode::Password: {
        const bool rotate = dialog->rotate();
        if (!users.changePassword(name, dialog->takePassword(), &error, rotate)) {
            dialog->showError(error.message);
            return;
        }
        // As `user passwd` says: which keys wait for a holder's next login.
        QList<Capability> waiting;
        if (name != m_session.userName()) {
            Error ignored; // only for the note; the password is changed either way
            const auto holdings = KeyService(m_session).holdings(name, &ignored);
            for (const auto& [capability, holding] :
                 holdings.value_or(QList<std::pair<Capability, KeyService::Holding>>{})) {
                if (holding == KeyService::Holding::Pending)
                    waiting << capability;
            }
        }
        done = [name, rotate, waiting] {
            QString text = rotate ? tr("Changed the password of %1 and rotated the keys they "
                                       "hold and the register key.")
                                        .arg(name)
                                  : tr("Changed the password of %1.").arg(name);
            QStringList names;
            for (const Capability capability : waiting)
                names << Capabilities::displayName(capability);
            if (!names.isEmpty())
                text += QLatin1Char(' ') +
                        tr("Their new key slot waits for %1: it is sealed to them at the next "
                           "login of a user who holds it.")
                            .arg(names.join(QStringLiteral(", ")));
            return text;
        };
        break;
    }
    }
    dialog->accept();
    // A password change announces nothing to the views; the others did and were refreshed.
    if (!m_refreshed)
        refresh();
    showStatus(done);
}

void AdminPanel::removeUser()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove user"),
        tr("Remove %1? Their key slot is deleted and every key they held is rotated; they can "
           "no longer log in. Their audit entries stay.")
            .arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeUserBox"));
    QPushButton* yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, name] {
        if (box->clickedButton() != yes)
            return;
        Error error;
        m_refreshed = false;
        if (!UserService(m_session).remove(name, &error)) {
            showStatus(
                [name, why = error.message] { return tr("%1 was not removed: %2").arg(name, why); },
                true);
            return;
        }
        if (!m_refreshed)
            refresh();
        showStatus([name] { return tr("Removed %1 and deleted their key slot.").arg(name); });
    });
    box->open();
}

void AdminPanel::handOver()
{
    const auto answer = QMessageBox::question(
        this, tr("Hand over keys"),
        tr("Give up your copies of the identifier, lookup and recordings keys? Each is rotated: "
           "you will no longer open phone numbers, names, transcripts or recordings, and the "
           "copies you held open nothing sealed from now on."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Error error;
    if (!KeyService(m_session).handover(&error)) {
        QMessageBox::warning(this, tr("Hand over keys"), error.message);
        return;
    }
    refresh();
    QMessageBox::information(this, tr("Hand over keys"),
                             tr("Handed over. You now hold the register key only."));
}

} // namespace tallenne
