// The Finnish console shows no raw value the code inserts (dispositions, hold reasons, roles,
// channels, identifier kinds), uses the reviewed terms, and no Finnish label, button or column
// header is cut short on any page at the window's default size.

#include "core/RegisterProfile.h"
#include "core/Translations.h"
#include "gui/CallsPanel.h"
#include "gui/MainWindow.h"
#include "gui/TagDialog.h"
#include "services/PlaylistService.h"
#include "services/ProfileService.h"
#include "services/SubjectService.h"
#include "services/TagService.h"
#include "services/UserService.h"
#include "support/TestAudio.h"
#include "support/TestData.h"
#include "support/TestRegister.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QtTest>

using namespace tallenne;
using namespace tallenne::test;

class TestFinnishUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    RegisterPaths m_paths;
    const QByteArray m_password = "every-role-violet-tram-harbour";

    std::unique_ptr<MainWindow> finnishWindow()
    {
        if (!Translations::apply(QStringLiteral("fi")))
            return nullptr;
        Error error;
        auto session =
            Session::login(m_paths, QStringLiteral("every-role"), secret(m_password.constData()),
                           m_clock, fastOptions(), &error);
        if (!session) {
            qWarning() << error.message;
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>(std::move(session), m_clock, fastOptions());
        window->show();
        return window;
    }

    /// How much of a widget's width is not cut off by its parents, up to `top`.
    static int visibleWidth(const QWidget* w, const QWidget* top)
    {
        QRect shown = w->rect();
        QPoint offset;
        for (const QWidget* p = w; p && p != top; p = p->parentWidget()) {
            offset += p->pos();
            if (const QWidget* parent = p->parentWidget())
                shown &= QRect(-offset, parent->size());
        }
        return shown.width();
    }
    static int column(const QAbstractItemModel* model, const QString& header)
    {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
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
                                         secret(m_password.constData()), &error),
                 qPrintable(error.message));
        QVERIFY(fillRegister(*admin, 12));
        // Calls with every disposition Asterisk writes.
        QVERIFY(execSql(admin->db(),
                        QStringLiteral("UPDATE calls SET disposition = CASE id WHEN 3 THEN 'NO "
                                       "ANSWER' WHEN 4 THEN 'BUSY' WHEN 5 THEN 'FAILED' WHEN 6 "
                                       "THEN 'CONGESTION' WHEN 7 THEN 'CANCEL' ELSE disposition "
                                       "END")));
        QFile profile(
            QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/polar-collections.json"));
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QStringList warnings;
        QVERIFY2(ProfileService(*admin).set(profile.readAll(), &warnings, &error),
                 qPrintable(error.message));
        // A playlist with a clip and a long note, as the demo has: the Coaching page's lists
        // then hold long texts that must not squeeze its buttons.
        const auto call = addCall(*admin, QStringLiteral("rec-fi"), toneWav(20000), false, 20000);
        QVERIFY(call);
        auto trainer =
            Session::login(m_paths, QStringLiteral("every-role"), secret(m_password.constData()),
                           m_clock, fastOptions(), &error);
        QVERIFY(trainer);
        const auto tag = TagService(*trainer).add(
            *call, 1000, 9000, 0,
            QStringLiteral("Asiakkaan huoli toistetaan omin sanoin ennen ratkaisua, ja sitten "
                           "kerrotaan, mitä seuraavaksi tapahtuu."),
            &error);
        QVERIFY2(tag, qPrintable(error.message));
        const auto list = PlaylistService(*trainer).create(
            QStringLiteral("Perehdytys: puhelun alku ja asiakkaan kohtaaminen"), &error);
        QVERIFY2(list, qPrintable(error.message));
        QVERIFY(PlaylistService(*trainer).addClip(*list, *tag, {}, &error));
    }

    void cleanup() { Translations::apply(QStringLiteral("en")); }

    // The register profile's validation speaks Finnish too, whole: the message around the
    // business ID's own reason was English (its translations sat under no class).
    void profileErrorsInFinnish()
    {
        Translations::apply(QStringLiteral("fi"));
        QFile file(
            QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/polar-collections.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        const QByteArray id = json.mid(json.indexOf("\"business_id\"")).split('"').value(3);
        QVERIFY(!id.isEmpty());
        json.replace(id, "1234567-8");
        Error error;
        QVERIFY(!RegisterProfile::parse(json, nullptr, &error));
        QVERIFY2(error.message.contains(QStringLiteral("ei ole kelvollinen Y-tunnus")),
                 qPrintable(error.message));
        QVERIFY(!RegisterProfile::parse(R"({"schema": 1})", nullptr, &error));
        QVERIFY2(error.message.contains(QStringLiteral("schema: ")) &&
                     !error.message.contains(QStringLiteral("must")),
                 qPrintable(error.message));
    }

    // A tag's range is two times in the recording, not dates: the dialog's "To" was
    // "Loppupäivä" (end date) while "From" was "Alku" (issue [9]).
    void tagRangeIsTimesNotDates()
    {
        QVERIFY(Translations::apply(QStringLiteral("fi")));
        TagDialog dialog({}, 1000, 5000);
        auto* from = dialog.findChild<QLabel*>(QStringLiteral("fromCaptionLabel"));
        auto* to = dialog.findChild<QLabel*>(QStringLiteral("toCaptionLabel"));
        QVERIFY(from && to);
        QCOMPARE(QString(from->text()).remove(QLatin1Char('&')), QStringLiteral("Alku:"));
        QCOMPARE(QString(to->text()).remove(QLatin1Char('&')), QStringLiteral("Loppu:"));
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(QStringLiteral("päivä")), qPrintable(label->text()));
    }

    void noRawValues()
    {
        auto window = finnishWindow();
        QVERIFY(window);

        // The sections in the reviewed terms.
        auto* sections = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        QVERIFY(sections);
        QStringList titles;
        for (int i = 0; i < sections->count(); ++i)
            titles << sections->item(i)->text();
        QVERIFY2(titles.contains(QStringLiteral("Rekisteröityjen pyynnöt")),
                 qPrintable(titles.join(QLatin1Char(','))));
        QVERIFY(titles.contains(QStringLiteral("Säilytysajat ja poistoestot")));

        // Dispositions in words under "Lopputulos", in the list and in the call's details.
        auto* table = window->sectionPage(Section::Calls)
                          ->findChild<QTableView*>(QStringLiteral("callsTableView"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const int disposition = column(table->model(), QStringLiteral("Lopputulos"));
        QVERIFY(disposition >= 0);
        QSet<QString> shown;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            shown << table->model()->index(r, disposition).data().toString();
        const QSet<QString> finnish{QStringLiteral("Vastattu"), QStringLiteral("Ei vastattu"),
                                    QStringLiteral("Varattu"),  QStringLiteral("Epäonnistui"),
                                    QStringLiteral("Ruuhka"),   QStringLiteral("Peruttu")};
        QCOMPARE(shown, finnish);
        QVERIFY(column(table->model(), QStringLiteral("Merkinnät")) >= 0);

        // Hold reasons in words, the legal hold as "poistoesto".
        QWidget* retention = window->sectionPage(Section::RetentionAndHolds);
        QString policy;
        for (QLabel* label : retention->findChildren<QLabel*>())
            policy += label->text();
        QVERIFY2(policy.contains(QStringLiteral(
                     "Poistoesto sallittu syistä: oikeudellisen vaatimuksen laatiminen, "
                     "esittäminen tai puolustaminen, viranomaisen määräys; enintään 36 kuukautta")),
                 qPrintable(policy));
        QVERIFY(!policy.contains(QStringLiteral("legal_claim")));

        // Roles in words, the privacy officer as "tietosuoja-asiantuntija".
        auto* users = window->sectionPage(Section::Administration)
                          ->findChild<QTableWidget*>(QStringLiteral("users"));
        QVERIFY(users);
        QString roles;
        for (int r = 0; r < users->rowCount(); ++r)
            roles += users->item(r, 1)->text() + QLatin1Char('\n');
        QVERIFY2(roles.contains(QStringLiteral("Tietosuoja-asiantuntija")), qPrintable(roles));
        QVERIFY(!roles.contains(QStringLiteral("privacy")));

        // The chat channel in words.
        auto* chats = window->sectionPage(Section::Chats)
                          ->findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        QVERIFY(chats);
        QTRY_VERIFY(chats->count() > 0);
        QVERIFY2(chats->item(0)->text().contains(QStringLiteral("verkkochat")),
                 qPrintable(chats->item(0)->text()));

        // The kind of identifier in words in a refusal.
        Error error;
        QVERIFY(!SubjectService::normalise(IdentifierKind::IdentityCode, QStringLiteral("123"),
                                           &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("Tunnistetietoa (henkilötunnus) ei voi "
                                                         "käyttää: ")),
                 qPrintable(error.message));
    }

    // The register profile's form fits the window's default width in Finnish: no sideways
    // scrolling, and no field or explanation cut on the right (issue [9]).
    void profileFormFitsInFinnish()
    {
        auto window = finnishWindow();
        QVERIFY(window);
        window->resize(1100, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showSection(Section::Administration);
        QWidget* page = window->sectionPage(Section::Administration);
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("adminTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto* form = page->findChild<QWidget*>(QStringLiteral("profileForm"));
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        auto* scroll = form->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QApplication::processEvents();
        QStringList wide;
        const int room = scroll->viewport()->width();
        for (QWidget* w : scroll->widget()->findChildren<QWidget*>()) {
            if (w->isVisible() && w->minimumSizeHint().width() > room / 2)
                wide << QStringLiteral("%1 %2 needs %3 (%4)")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                            .arg(w->minimumSizeHint().width())
                            .arg(qobject_cast<QLabel*>(w)
                                     ? qobject_cast<QLabel*>(w)->text().left(60)
                                     : QString());
        }
        QVERIFY2(scroll->widget()->width() <= room,
                 qPrintable(QStringLiteral("the form is %1 px in a %2 px view:\n")
                                .arg(scroll->widget()->width())
                                .arg(room) +
                            wide.join(QLatin1Char('\n'))));
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    // At the window's default size every Finnish label and button on every page shows its
    // whole text, and the call list's column headers are not cut.
    // A selected call's details at the default size: no label breaks inside a word and no
    // phone number over two lines (a trial read "Asiakaspalvelij / a" and "+35810555123 / 5"
    // in the pane beside the player); at a width where they fit, labels and values side by side.
    void callDetailsDoNotBreakWords()
    {
        auto window = finnishWindow();
        QVERIFY(window);
        window->resize(1100, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showSection(Section::Calls);
        auto* calls = qobject_cast<CallsPanel*>(window->sectionPage(Section::Calls));
        QVERIFY(calls);
        QVERIFY(calls->selectCall(1));
        auto* detail = calls->findChild<QTextBrowser*>(QStringLiteral("detailTextBrowser"));
        QVERIFY(detail);
        const QStringList labels{QStringLiteral("Alkamisaika"),      QStringLiteral("Soittaja"),
                                 QStringLiteral("Palvelunumero"),    QStringLiteral("Jono"),
                                 QStringLiteral("Asiakaspalvelija"), QStringLiteral("Lopputulos")};
        // The blocks broken over lines: a single word (a label) or a number.
        const auto brokenBlocks = [detail](QStringList* found) {
            QStringList broken;
            for (QTextBlock b = detail->document()->begin(); b.isValid(); b = b.next()) {
                *found << b.text();
                const bool number = b.text().startsWith(QLatin1Char('+'));
                if (b.layout() && b.layout()->lineCount() > 1 &&
                    (number || !b.text().contains(u' ')))
                    broken << b.text();
            }
            return broken;
        };
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Asiakaspalvelija")));
        QApplication::processEvents();
        QStringList found;
        QStringList broken = brokenBlocks(&found);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'|')));
        for (const QString& label : labels)
            QVERIFY2(found.contains(label),
                     qPrintable(label + QStringLiteral(": ") + found.join(u'|')));

        // Wide enough, each label shares its line with its value (a table row).
        window->resize(1600, 900);
        QSplitter* splitter = nullptr;
        for (QWidget* w = detail->parentWidget(); w && !splitter; w = w->parentWidget())
            splitter = qobject_cast<QSplitter*>(w);
        QVERIFY(splitter);
        QTRY_VERIFY(window->width() == 1600);
        const int total =
            splitter->orientation() == Qt::Horizontal ? splitter->width() : splitter->height();
        splitter->setSizes({600, total - 600});
        QApplication::processEvents();
        QVERIFY2(detail->width() >= 400, qPrintable(QString::number(detail->width())));
        const auto top = [detail](const QTextBlock& b) {
            return detail->document()->documentLayout()->blockBoundingRect(b).top();
        };
        QTRY_VERIFY(detail->document()->find(QStringLiteral("Soittaja")).block().isValid());
        const QTextBlock callerLabel = detail->document()->find(QStringLiteral("Soittaja")).block();
        const QTextBlock callerValue = callerLabel.next();
        QVERIFY2(callerValue.isValid() && top(callerValue) == top(callerLabel),
                 qPrintable(callerValue.text()));
        found.clear();
        broken = brokenBlocks(&found);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'|')));
    }

    void noTruncatedLabels()
    {
        auto window = finnishWindow();
        QVERIFY(window);
        // The window's default size, as a person without a window manager keeps it.
        window->resize(1100, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->width(), 1100);
        auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("sectionStackedWidget"));
        auto* sections = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
        QVERIFY(stack && sections);
        // The window's default size (MainWindow.ui) less the section list and the margins.
        constexpr int defaultWindowWidth = 1100;
        const int defaultPageWidth = defaultWindowWidth - sections->width() - 40;
        QStringList cut;
        int checked = 0;
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentRow(i);
            QWidget* page = stack->currentWidget();
            QApplication::processEvents();
            // The page fits the window's default size: the window never has to grow past it
            // (without a window manager it could not, and the page was cut).
            if (page->minimumSizeHint().width() > defaultPageWidth)
                cut << QStringLiteral("%1: the page needs %2 px, more than the %3 px it has")
                           .arg(sections->item(i)->text())
                           .arg(page->minimumSizeHint().width())
                           .arg(defaultPageWidth);
            for (QWidget* w : page->findChildren<QWidget*>()) {
                if (!w->isVisible())
                    continue;
                QString text;
                if (auto* b = qobject_cast<QAbstractButton*>(w))
                    text = b->text();
                else if (auto* l = qobject_cast<QLabel*>(w); l && !l->wordWrap())
                    text = l->text();
                if (text.isEmpty())
                    continue;
                ++checked;
                // A button shows its whole text only at its size hint (it is clipped, not
                // elided, below it).
                const int needed = qobject_cast<QAbstractButton*>(w) ? w->sizeHint().width()
                                                                     : w->minimumSizeHint().width();
                if (w->width() < needed)
                    cut << QStringLiteral("%1: %2 \"%3\" %4 < %5")
                               .arg(sections->item(i)->text(), w->objectName(), text)
                               .arg(w->width())
                               .arg(needed);
                // Nor is it cut by what holds it (a splitter's pane narrower than its panel).
                else if (const int shown = visibleWidth(w, page); shown < needed)
                    cut << QStringLiteral("%1: %2 \"%3\" shows %4 of %5 px")
                               .arg(sections->item(i)->text(), w->objectName(), text)
                               .arg(shown)
                               .arg(needed);
            }
            for (QTableView* view : page->findChildren<QTableView*>()) {
                QHeaderView* header = view->horizontalHeader();
                for (int c = 0; c < header->count(); ++c) {
                    if (header->isSectionHidden(c))
                        continue;
                    const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
                    const int needed = header->fontMetrics().horizontalAdvance(title);
                    ++checked;
                    if (header->sectionSize(c) < needed)
                        cut << QStringLiteral("%1: column \"%2\" %3 < %4")
                                   .arg(sections->item(i)->text(), title)
                                   .arg(header->sectionSize(c))
                                   .arg(needed);
                }
            }
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY2(checked >= 40, qPrintable(QString::number(checked)));
    }
};

QTEST_MAIN(TestFinnishUi)
#include "tst_finnishui.moc"
