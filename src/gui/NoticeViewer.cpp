#include "gui/NoticeViewer.h"

#include "gui/LockGate.h"
#include "services/NoticeRenderer.h"
#include "services/PublicNotice.h"
#include "ui_NoticeViewer.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>

namespace tallenne {

namespace {
int indexOf(NoticeLanguage language)
{
    return language == NoticeLanguage::Finnish ? 0 : 1;
}
} // namespace

NoticeViewer::NoticeViewer(const QString& registerFolder, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NoticeViewer>()), m_registerFolder(registerFolder)
{
    m_ui->setupUi(this);
    readNotices();
    // Start in the UI's language when it is one of the notice's.
    setLanguage(QLocale().language() == QLocale::Finnish ? NoticeLanguage::Finnish
                                                         : NoticeLanguage::English);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
            &NoticeViewer::updateView);
    connect(m_ui->sideBySideCheckBox, &QCheckBox::toggled, this, &NoticeViewer::updateView);
    connect(m_ui->printButton, &QPushButton::clicked, this, &NoticeViewer::print);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_ui->exportHtmlButton, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateView();
}

NoticeViewer::~NoticeViewer() = default;

void NoticeViewer::readNotices()
{
    for (const NoticeLanguage language : {NoticeLanguage::Finnish, NoticeLanguage::English}) {
        Error error;
        const auto html =
            PublicNotice::read(m_registerFolder, language, PublicNotice::Format::Html, &error);
        m_html[size_t(indexOf(language))] =
            html ? *html : QStringLiteral("<p>%1</p>").arg(error.message.toHtmlEscaped());
    }
}

void NoticeViewer::setEmbedded()
{
    m_embedded = true;
    setWindowFlags(Qt::Widget);
    m_ui->buttonBox->hide();
}

void NoticeViewer::changeEvent(QEvent* event)
{
    // The language switched at run time: the toolbar, and the names updateView() gives.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // The notice follows the console's language when it is one of the notice's; the
        // reader can still choose the other.
        setLanguage(QLocale().language() == QLocale::Finnish ? NoticeLanguage::Finnish
                                                             : NoticeLanguage::English);
        updateView();
    }
    QDialog::changeEvent(event);
}

void NoticeViewer::reject()
{
    if (!m_embedded) // a page stays: Esc on it must not leave the window blank
        QDialog::reject();
}

void NoticeViewer::reload()
{
    readNotices();
    updateView();
}

void NoticeViewer::setNoticeHtml(NoticeLanguage language, const QString& html)
{
    m_html[size_t(indexOf(language))] = html;
    updateView();
}

QString NoticeViewer::noticeHtml(NoticeLanguage language) const
{
    return m_html[size_t(indexOf(language))];
}

NoticeLanguage NoticeViewer::language() const
{
    return m_ui->languageComboBox->currentIndex() == 0 ? NoticeLanguage::Finnish
                                                       : NoticeLanguage::English;
}

void NoticeViewer::setLanguage(NoticeLanguage language)
{
    m_ui->languageComboBox->setCurrentIndex(indexOf(language));
}

bool NoticeViewer::isSideBySide() const
{
    return m_ui->sideBySideCheckBox->isChecked();
}

void NoticeViewer::setSideBySide(bool on)
{
    m_ui->sideBySideCheckBox->setChecked(on);
}

void NoticeViewer::updateView()
{
    const bool both = isSideBySide();
    // Side by side: Finnish on the left, English on the right; the language box then only
    // chooses what Print and Export take.
    const NoticeLanguage left = both ? NoticeLanguage::Finnish : language();
    const auto name = [](NoticeLanguage l) {
        return l == NoticeLanguage::Finnish ? tr("Privacy notice in Finnish")
                                            : tr("Privacy notice in English");
    };
    m_ui->primaryBrowser->setHtml(noticeHtml(left));
    m_ui->primaryBrowser->setAccessibleName(name(left));
    m_ui->secondaryBrowser->setVisible(both);
    if (both) {
        m_ui->secondaryBrowser->setHtml(noticeHtml(NoticeLanguage::English));
        m_ui->secondaryBrowser->setAccessibleName(name(NoticeLanguage::English));
    } else {
        m_ui->secondaryBrowser->clear();
    }
}

bool NoticeViewer::exportHtml(const QString& path, Error* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(noticeHtml(language()).toUtf8()) < 0 ||
        !file.commit())
        return fail(
            error, ErrorKind::Environment,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool NoticeViewer::exportPdf(const QString& path, Error* error) const
{
    return NoticeRenderer::writePdf(noticeHtml(language()), path, error);
}

QString NoticeViewer::suggestedFileName(const QString& suffix) const
{
    return QDir::home().filePath(
        QStringLiteral("notice_%1.%2").arg(noticeLanguageCode(language()), suffix));
}

void NoticeViewer::askExport(bool pdf)
{
    // The viewer is a page of the console too: its dialogs run inside LockGate.
    const QPointer<NoticeViewer> self(this);
    const QString path = LockGate::run([this, pdf] {
        return pdf ? QFileDialog::getSaveFileName(this, tr("Export the privacy notice as PDF"),
                                                  suggestedFileName(QStringLiteral("pdf")),
                                                  tr("PDF documents (*.pdf)"))
                   : QFileDialog::getSaveFileName(this, tr("Export the privacy notice as HTML"),
                                                  suggestedFileName(QStringLiteral("html")),
                                                  tr("Web pages (*.html *.htm)"));
    });
    if (!self || LockGate::instance().lockPending() || path.isEmpty())
        return;
    Error error;
    if (!(pdf ? exportPdf(path, &error) : exportHtml(path, &error)))
        LockGate::run(
            [this, &error] { QMessageBox::warning(this, tr("Export failed"), error.message); });
}

void NoticeViewer::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QPointer<NoticeViewer> self(this);
    ScopedDialog<QPrintDialog> dialog(&printer, this);
    dialog->setWindowTitle(tr("Print the privacy notice"));
    const int result = dialog.exec();
    if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(noticeHtml(language()));
    document.print(&printer);
}

} // namespace tallenne
