// The notice viewer (offscreen): reads the public notice files, switches language with the
// keyboard, shows both side by side, and exports HTML and PDF.

#include "gui/NoticeViewer.h"
#include "services/PublicNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace tallenne;

class TestNoticeViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(
            QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/nordic-helpdesk.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Error error;
        const auto profile = RegisterProfile::parse(f.readAll(), nullptr, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QVERIFY2(PublicNotice::publish(m_dir.path(), &*profile, &error), qPrintable(error.message));
    }

    void switchLanguage()
    {
        NoticeViewer viewer(m_dir.path());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto* combo = viewer.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        auto* primary = viewer.findChild<QTextBrowser*>(QStringLiteral("primaryBrowser"));
        auto* secondary = viewer.findChild<QTextBrowser*>(QStringLiteral("secondaryBrowser"));
        QVERIFY(combo && primary && secondary);
        viewer.setLanguage(NoticeLanguage::Finnish);
        QVERIFY(primary->toPlainText().contains(QStringLiteral("Tietojen säilytysaika")));
        QVERIFY(secondary->isHidden());
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(viewer.language(), NoticeLanguage::English);
        QVERIFY(primary->toPlainText().contains(QStringLiteral("How long the data is kept")));
        QVERIFY(!primary->toPlainText().contains(QStringLiteral("Tietojen säilytysaika")));
        QCOMPARE(primary->accessibleName(), QStringLiteral("Privacy notice in English"));
    }

    void sideBySideShowsBoth()
    {
        NoticeViewer viewer(m_dir.path());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto* check = viewer.findChild<QCheckBox*>(QStringLiteral("sideBySideCheckBox"));
        auto* primary = viewer.findChild<QTextBrowser*>(QStringLiteral("primaryBrowser"));
        auto* secondary = viewer.findChild<QTextBrowser*>(QStringLiteral("secondaryBrowser"));
        QVERIFY(check && primary && secondary);
        viewer.setLanguage(NoticeLanguage::English);
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        QTRY_VERIFY(viewer.isSideBySide());
        QTRY_VERIFY(secondary->isVisible());
        QVERIFY(
            primary->toPlainText().contains(QStringLiteral("Rekisterinpitäjä ja yhteyshenkilö")));
        QVERIFY(secondary->toPlainText().contains(QStringLiteral("Controller and contact person")));
        QTest::keyClick(check, Qt::Key_Space);
        QTRY_VERIFY(secondary->isHidden());
        QVERIFY(primary->toPlainText().contains(QStringLiteral("Controller and contact person")));
    }

    void exports()
    {
        NoticeViewer viewer(m_dir.path());
        viewer.setLanguage(NoticeLanguage::Finnish);
        const QString html = m_dir.filePath(QStringLiteral("out.html"));
        Error error;
        QVERIFY2(viewer.exportHtml(html, &error), qPrintable(error.message));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("<html lang=\"fi\">"));
        QVERIFY(content.contains("Nordic Helpdesk Oy"));
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        QVERIFY2(viewer.exportPdf(pdf, &error), qPrintable(error.message));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(4) == "%PDF");
        QVERIFY(!viewer.exportHtml(m_dir.filePath(QStringLiteral("missing/dir/x.html")), &error));
        QCOMPARE(error.kind, ErrorKind::Environment);
    }

    // Not a check: scripts/screenshot-notice.sh runs this under Xvfb with
    // TALLENNE_SCREENSHOT_DIR set to save the viewer as docs/screenshots/notice-{fi,en}.png.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("TALLENNE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("TALLENNE_SCREENSHOT_DIR is not set");
        NoticeViewer viewer(m_dir.path());
        viewer.resize(900, 720);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
            viewer.setLanguage(language);
            QCoreApplication::processEvents();
            const QString path = QDir(out).filePath(
                QStringLiteral("notice-%1.png").arg(noticeLanguageCode(language)));
            QVERIFY2(viewer.grab().save(path), qPrintable(path));
        }
    }

    void withoutNoticeFilesSaysNoProfile()
    {
        QTemporaryDir empty;
        NoticeViewer viewer(empty.path());
        viewer.setLanguage(NoticeLanguage::English);
        QVERIFY(viewer.findChild<QTextBrowser*>(QStringLiteral("primaryBrowser"))
                    ->toPlainText()
                    .contains(QStringLiteral("has not yet set the register profile")));
    }
};

QTEST_MAIN(TestNoticeViewer)
#include "tst_noticeviewer.moc"
