#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tallenne {

class Session;

/// Retention and holds: the retention periods in force (from the register profile), and for
/// administrators the profile itself, edited as JSON, validated with the path of every
/// problem, and saved as a new version (the previous ones are kept).
class RetentionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionPanel(Session& session, QWidget* parent = nullptr);

    /// Validates and saves the editor's text; false with the problem shown.
    bool saveProfile();
    void loadFromFile(const QString& path);
    [[nodiscard]] QString statusText() const;
    /// Reads the register profile again and shows its periods.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    bool m_mayEdit = false;
    qint64 m_basedOn = 0; ///< the profile version the editor's text came from
    QLabel* m_policyLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_loadButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace tallenne
