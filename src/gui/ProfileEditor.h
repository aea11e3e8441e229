#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace tallenne {

class Session;

/// The register profile as a form: one field per setting, each with a short explanation;
/// Save validates through ProfileService and shows a problem at the field it concerns (a red
/// border and the message beside it), and nothing is saved. The JSON tab shows the same
/// document for experts; switching tabs carries the edits over both ways. Parts of the
/// document the form has no field for are kept as they are.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(Session& session, QWidget* parent = nullptr);

    /// Reads the profile in force again, unless there are unsaved changes.
    void refresh();
    /// Validates and saves the form (or the JSON tab's text while it is shown).
    bool save();
    /// Forgets the unsaved changes and shows the profile in force.
    void discard();
    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] QString statusText() const;
    /// The input of a field by its JSON path ("controller.business_id", "purposes.fi").
    [[nodiscard]] QWidget* field(const QString& path) const;
    /// The problem shown at a field (empty when none).
    [[nodiscard]] QString fieldError(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field
    {
        QString path;
        QWidget* input = nullptr; ///< takes the red border and the focus
        QLabel* error = nullptr;
    };
    struct Text
    {
        QWidget* widget = nullptr;
        std::function<QString()> text;
    };

    void build();
    void retranslate();
    /// The form's values written over m_doc (the parts without fields kept).
    [[nodiscard]] QJsonObject collect() const;
    void loadForm(const QJsonObject& doc);
    void reload();
    void tabChanged(int index);
    void clearErrors();
    /// Hides one field's error and its red border.
    static void clearError(const Field& field);
    /// Hides a field's error once the user changes the field.
    void clearErrorsOnEdit();
    /// Shows a ProfileService error at its field; false when no field matches.
    bool showAtField(const QString& message);
    void setStatus(const QString& text, bool isError = false);

    QWidget* addRow(QWidget* group, const QString& path, QWidget* input,
                    std::function<QString()> label, std::function<QString()> hint);
    void addText(QWidget* widget, std::function<QString()> text);

    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_form = nullptr;
    QPlainTextEdit* m_json = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QList<Field> m_fields;
    QList<Text> m_texts;
    QList<std::function<void(const QJsonObject&)>> m_loaders;
    QList<std::function<void(QJsonObject&)>> m_storers;
    /// The document the form edits (as loaded, with the JSON tab's edits taken over).
    QJsonObject m_doc;
    /// collect() right after the profile in force was loaded: what "unchanged" means.
    QJsonObject m_loaded;
    QJsonObject m_loadedRaw; ///< the profile in force as stored, for the JSON tab
    /// Whether the status says to correct the fields marked in red (cleared with the last one).
    bool m_statusIsFieldError = false;
    /// The legal bases in the order collect() wrote them (for "legal_basis[1]" errors).
    mutable QStringList m_writtenBases;
};

} // namespace tallenne
