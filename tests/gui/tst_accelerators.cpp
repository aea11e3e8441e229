// Accelerator keys (&X) are unique among the widgets shown together, in English and in
// Finnish: the main window with every page (a user holding every role), its menus, and each
// dialog of the console. Two widgets on one Alt+letter make Qt cycle focus between them
// instead of pressing the button or opening the menu.

#include "core/Translations.h"
#include "gui/ImportDialog.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/NoticeViewer.h"
#include "gui/PurposeDialog.h"
#include "gui/TagDialog.h"
#include "gui/quality/NewCalibrationDialog.h"
#include "gui/requests/NewRequestDialog.h"
#include "services/UserService.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

namespace {

struct Mnemonic
{
    QKeySequence key;
    QString what;
};
using Scope = QList<Mnemonic>;

QString describe(const QObject* object, const QString& text)
{
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QLatin1String(object->metaObject()->className()), object->objectName(), text);
}

void add(Scope& scope, const QObject* object, const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        scope << Mnemonic{key, describe(object, text)};
}

/// The mnemonics a widget itself registers (not its children's).
Scope ownMnemonics(QWidget* w)
{
    Scope out;
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        add(out, w, button->text());
    } else if (auto* label = qobject_cast<QLabel*>(w)) {
        if (label->buddy()) // only a label with a buddy has a shortcut
            add(out, w, label->text());
    } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
        add(out, w, group->title());
    } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(out, w, tabs->tabText(i));
    } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
        for (QAction* a : bar->actions()) {
            if (a->isVisible())
                add(out, a, a->text());
        }
    }
    return out;
}

/// Every set of mnemonics shown together at or below `w`: a stacked widget (the window's
/// sections, a tab widget's pages, a dialog's steps) shows one page at a time, so each page
/// makes a set of its own with everything around the stack.
QList<Scope> scopesOf(QWidget* w)
{
    const Scope mine = ownMnemonics(w);
    if (auto* stack = qobject_cast<QStackedWidget*>(w)) {
        QList<Scope> pages;
        for (int i = 0; i < stack->count(); ++i) {
            for (const Scope& s : scopesOf(stack->widget(i)))
                pages << mine + s;
        }
        if (!pages.isEmpty())
            return pages;
    }
    QList<Scope> result{mine};
    for (QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow()) // a dialog or a popup menu: checked on its own
            continue;
        const QList<Scope> inner = scopesOf(child);
        QList<Scope> combined;
        for (const Scope& r : std::as_const(result)) {
            for (const Scope& s : inner)
                combined << r + s;
        }
        result = combined;
    }
    return result;
}

/// Each popup menu below `w` is a scope of its own.
QList<Scope> menuScopes(QWidget* w)
{
    QList<Scope> out;
    for (QMenu* menu : w->findChildren<QMenu*>()) {
        Scope s;
        for (QAction* a : menu->actions()) {
            if (a->isVisible() && !a->isSeparator())
                add(s, a, a->text());
        }
        out << s;
    }
    return out;
}

/// The clashes of all scopes, one line per key and scope; duplicates across scopes once.
QStringList clashes(const QString& where, const QList<Scope>& scopes)
{
    QStringList out;
    for (const Scope& scope : scopes) {
        QMap<QString, QStringList> byKey;
        for (const Mnemonic& m : scope)
            byKey[m.key.toString(QKeySequence::PortableText)] << m.what;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1) {
                QStringList whats = it.value();
                whats.sort();
                const QString line = QStringLiteral("%1: %2 on %3")
                                         .arg(where, it.key(), whats.join(QStringLiteral(", ")));
                if (!out.contains(line))
                    out << line;
            }
        }
    }
    return out;
}

int mnemonicCount(const QList<Scope>& scopes)
{
    int n = 0;
    for (const Scope& s : scopes)
        n += int(s.size());
    return n;
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    const QByteArray m_everyRolePassword = "every-role-violet-tram-harbour";

    std::unique_ptr<Session> everyRole()
    {
        Error error;
        auto session =
            Session::login(m_paths, QStringLiteral("every-role"),
                           secret(m_everyRolePassword.constData()), m_clock, fastOptions(), &error);
        if (!session)
            qWarning() << error.message;
        return session;
    }

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fi") << QStringLiteral("fi");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = RegisterPaths{m_dir.filePath(QStringLiteral("register"))};
        Error error;
        QVERIFY(!makeRegister(m_paths, m_clock, fastOptions(), &error).isEmpty());
        auto admin = Session::login(m_paths, QStringLiteral("admin"), secret(adminPassword),
                                    m_clock, fastOptions(), &error);
        QVERIFY(admin);
        Roles all;
        for (Role role : RoleNames::all())
            all |= role;
        QVERIFY2(UserService(*admin).add(QStringLiteral("every-role"), all,
                                         secret(m_everyRolePassword.constData()), &error),
                 qPrintable(error.message));
        QVERIFY(fillRegister(*admin, 5));
    }

    void cleanup() { Translations::apply(QStringLiteral("en")); }

    void mainWindow_data() { languages(); }
    void mainWindow()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::apply(language));
        auto session = everyRole();
        QVERIFY(session);
        MainWindow window(std::move(session), m_clock, fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every section has its page, so every page is checked.
        for (Section s : Sections::all())
            QVERIFY2(window.sectionPage(s), qPrintable(Sections::id(s)));

        const QList<Scope> pages = scopesOf(&window);
        const QList<Scope> menus = menuScopes(&window);
        // One scope per section page at least, and the check really sees the mnemonics: the
        // menu bar's File, View and Help are in each.
        QVERIFY(pages.size() >= Sections::all().size());
        for (const Scope& page : pages)
            QVERIFY(page.size() >= 3);
        QVERIFY(mnemonicCount(menus) >= 5);

        const QStringList found =
            clashes(QStringLiteral("main window"), pages) + clashes(QStringLiteral("menu"), menus);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void dialogs_data() { languages(); }
    void dialogs()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::apply(language));
        auto session = everyRole();
        QVERIFY(session);

        QStringList found;
        int seen = 0;
        const auto check = [&](QWidget& dialog, const QString& name) {
            const QList<Scope> scopes = scopesOf(&dialog) + menuScopes(&dialog);
            seen += mnemonicCount(scopes);
            found << clashes(name, scopes);
        };

        LoginDialog login(m_clock, fastOptions());
        check(login, QStringLiteral("login"));
        login.setUnlockMode(true);
        check(login, QStringLiteral("unlock"));
        ImportDialog calls(*session, ImportDialog::Kind::Asterisk);
        check(calls, QStringLiteral("import calls"));
        ImportDialog chats(*session, ImportDialog::Kind::Chats);
        check(chats, QStringLiteral("import chats"));
        PurposeDialog purpose(session->roles());
        check(purpose, QStringLiteral("purpose"));
        TagDialog tag({}, 1000, 5000);
        check(tag, QStringLiteral("tag"));
        NoticeViewer notice(m_paths.folder);
        check(notice, QStringLiteral("notice viewer"));
        NewRequestDialog request(m_clock.nowUtc());
        check(request, QStringLiteral("new request"));
        NewCalibrationDialog calibration({}, {});
        check(calibration, QStringLiteral("new calibration"));

        QVERIFY2(seen >= 25, qPrintable(QString::number(seen)));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The check itself: a button beside a stack clashes with one on a page of the stack, not
    // with one on another page; a label without a buddy has no shortcut.
    void clashIsFound()
    {
        QWidget window;
        window.setObjectName(QStringLiteral("window"));
        auto* save = new QPushButton(QStringLiteral("&Save"), &window);
        save->setObjectName(QStringLiteral("save"));
        auto* stack = new QStackedWidget(&window);
        auto* first = new QWidget;
        auto* second = new QWidget;
        stack->addWidget(first);
        stack->addWidget(second);
        auto* stop = new QPushButton(QStringLiteral("&Stop"), first);
        stop->setObjectName(QStringLiteral("stop"));
        new QPushButton(QStringLiteral("&Open"), second);
        new QLabel(QStringLiteral("&Source"), second);
        const QList<Scope> scopes = scopesOf(&window);
        QCOMPARE(scopes.size(), 2);
        const QStringList found = clashes(QStringLiteral("test"), scopes);
        QCOMPARE(found, QStringList{QStringLiteral("test: Alt+S on QPushButton save \"&Save\", "
                                                   "QPushButton stop \"&Stop\"")});
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
