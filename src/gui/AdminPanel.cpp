#include "gui/AdminPanel.h"

#include "services/Session.h"
#include "services/UserService.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tallenne {

AdminPanel::AdminPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_users = new QTableWidget(0, 3, this);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->verticalHeader()->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_users);
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
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Created")});
    m_users->setAccessibleName(tr("Users"));
    Error error;
    const QList<UserRecord> users = UserService(m_session).list(&error);
    if (error) {
        m_heading->setText(error.message);
        return;
    }
    m_users->setRowCount(int(users.size()));
    const QLocale locale;
    for (int i = 0; i < users.size(); ++i) {
        const UserRecord& u = users.at(i);
        QStringList roles;
        for (Role r : RoleNames::all()) {
            if (u.roles.testFlag(r))
                roles << RoleNames::displayName(r);
        }
        m_users->setItem(i, 0, new QTableWidgetItem(u.name));
        m_users->setItem(i, 1, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_users->setItem(i, 2,
                         new QTableWidgetItem(locale.toString(u.created.toLocalTime().date(),
                                                              QLocale::ShortFormat)));
    }
    m_users->resizeColumnsToContents();
}

} // namespace tallenne
