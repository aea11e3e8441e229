#include "gui/AdminPanel.h"

#include "core/Capability.h"
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
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_users = new QTableWidget(0, 4, this);
    m_users->setObjectName(QStringLiteral("users"));
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setTabKeyNavigation(false);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->verticalHeader()->hide();
    auto* handoverRow = new QHBoxLayout;
    m_handoverNote = new QLabel(this);
    m_handoverNote->setWordWrap(true);
    m_handover = new QPushButton(this);
    m_handover->setObjectName(QStringLiteral("handover"));
    connect(m_handover, &QPushButton::clicked, this, &AdminPanel::handOver);
    handoverRow->addWidget(m_handoverNote, 1);
    handoverRow->addWidget(m_handover);
    layout->addWidget(m_heading);
    layout->addWidget(m_users);
    layout->addLayout(handoverRow);
    refresh();
}

void AdminPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void AdminPanel::refresh()
{
    m_heading->setText(tr("Users and roles. Add, remove and re-key with 'tallenne-admin user …'."));
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Keys"), tr("Created")});
    m_users->setAccessibleName(tr("Users"));
    m_handover->setText(tr("Hand over &keys…"));
    Error error;
    const QList<UserRecord> users = UserService(m_session).list(&error);
    if (error) {
        m_heading->setText(error.message);
        return;
    }
    KeyService keys(m_session);
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
    }
    m_users->resizeColumnsToContents();
    // The last column fills the width again (a refresh's resize takes the stretch away).
    m_users->horizontalHeader()->setStretchLastSection(false);
    m_users->horizontalHeader()->setStretchLastSection(true);

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
