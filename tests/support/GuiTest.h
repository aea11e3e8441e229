#pragma once

// What the console's GUI tests share: the test users' passwords, finding a named widget, the
// login dialog a lock or a log-out opens, and logging in to a test register.

#include "gui/LoginDialog.h"
#include "services/Session.h"
#include "support/TestRegister.h"

#include <QApplication>
#include <QtTest>

#include <memory>

namespace tallenne::test {

/// The password of a test user: the register's first administrator's, or the user's name with
/// words that zxcvbn rates strong enough for PasswordPolicy.
inline QByteArray passwordOf(const QString& user)
{
    return user == QLatin1String("admin") ? QByteArray(adminPassword)
                                          : user.toUtf8() + "-amber-kettle-lagoon";
}

/// The child of `parent` called `name`, or null (also for a null parent).
template <typename T> T* child(QObject* parent, const QString& name)
{
    return parent ? parent->findChild<T*>(name) : nullptr;
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

/// The login dialog a lock or a log-out opens, once it is the modal widget (5 s at most).
inline LoginDialog* waitForLoginDialog()
{
    LoginDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&dialog] {
            return (dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget())) !=
                   nullptr;
        },
        5000);
    return dialog;
}

/// A session of `user` (password from passwordOf()), or null with the reason as a warning.
inline std::unique_ptr<Session> loginTo(const RegisterPaths& paths, const Clock& clock,
                                        const QString& user)
{
    Error error;
    auto session = Session::login(paths, user, secret(passwordOf(user).constData()), clock,
                                  fastOptions(), &error);
    if (!session)
        qWarning() << user << error.message;
    return session;
}

} // namespace tallenne::test
