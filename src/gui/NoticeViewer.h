#pragma once

#include "core/Error.h"
#include "core/RegisterProfile.h"

#include <QDialog>
#include <QString>

#include <array>
#include <memory>

namespace Ui {
class NoticeViewer;
}

namespace tallenne {

/// Shows the register's privacy notice in Finnish or English (chosen here, independent of
/// the UI language) or both side by side, and prints or exports it. It reads the public
/// notice files, so it works from the login screen before the register is unlocked.
class NoticeViewer : public QDialog
{
    Q_OBJECT
public:
    explicit NoticeViewer(const QString& registerFolder, QWidget* parent = nullptr);
    ~NoticeViewer() override;

    /// Shows the viewer as a page of the main window: no Close button (a page is left by
    /// choosing another section), and Esc does not hide it.
    void setEmbedded();
    /// Reads the public notice files again (after the profile changed).
    void reload();
    /// Replaces the notice shown for a language (e.g. one rendered from the database).
    void setNoticeHtml(NoticeLanguage language, const QString& html);
    [[nodiscard]] QString noticeHtml(NoticeLanguage language) const;

    [[nodiscard]] NoticeLanguage language() const;
    void setLanguage(NoticeLanguage language);
    [[nodiscard]] bool isSideBySide() const;
    void setSideBySide(bool on);

    /// Writes the notice in the chosen language.
    [[nodiscard]] bool exportHtml(const QString& path, Error* error) const;
    [[nodiscard]] bool exportPdf(const QString& path, Error* error) const;

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void readNotices();
    void updateView();
    void print();
    void askExport(bool pdf);
    QString suggestedFileName(const QString& suffix) const;

    std::unique_ptr<Ui::NoticeViewer> m_ui;
    QString m_registerFolder;
    std::array<QString, 2> m_html; ///< indexed by NoticeLanguage
    bool m_embedded = false;
};

} // namespace tallenne
