#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace tallenne {

class HoldsPanel;
class PurgePanel;
class Session;

/// Retention and holds: the retention periods in force (from the register profile), for
/// administrators the profile itself, edited as JSON, validated with the path of every
/// problem, and saved as a new version (the previous ones are kept); for privacy officers and
/// administrators the legal holds (HoldsPanel) and the purge with its preview (PurgePanel), each
/// on a tab.
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
    /// The Legal holds and Purge tabs; null for roles that may not hold.
    [[nodiscard]] HoldsPanel* holdsPanel() const { return m_holds; }
    [[nodiscard]] PurgePanel* purgePanel() const { return m_purge; }

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
    QWidget* m_profilePage = nullptr; ///< the JSON editor's page (administrators)
    QTabWidget* m_tabs = nullptr;
    HoldsPanel* m_holds = nullptr;
    PurgePanel* m_purge = nullptr;
};

} // namespace tallenne
