#pragma once

#include "core/Scorecard.h"

#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class ScorecardEditor;
}

namespace tallenne {

/// Edits one scorecard definition: its name, pass mark and description, and a tree of its
/// sections and criteria (left) with the selected item's fields (right). Insert adds a
/// criterion, Shift+Insert a section, Delete removes, Alt+Up/Down (or Ctrl+Up/Down) move, each
/// also a button. The tree shows each criterion's weight and its share of the total. The
/// definition is kept as the fields change; it is checked only when saved (validate()).
class ScorecardEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardEditor(QWidget* parent = nullptr);
    ~ScorecardEditor() override;

    /// Shows a definition, not modified, its first criterion selected.
    void setDefinition(const ScorecardDefinition& card);
    /// The definition as edited; empty criterion ids are made from their titles.
    [[nodiscard]] ScorecardDefinition definition() const;
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    /// Selects the place a refusal of validate() names ("sections[1].criteria[0].weight: …"),
    /// focuses its field, and returns the message for people ("Criterion 2.1: …"); a message
    /// naming no place is returned as it is.
    QString showProblem(const QString& message);
    /// Selects a section (criterion -1) or a criterion.
    void select(int section, int criterion);

    /// An id of [a-z0-9_-] made from a title ("Tervehdys ja esittely" → "tervehdys-ja-esittely").
    [[nodiscard]] static QString idFromTitle(const QString& title);

signals:
    /// The user changed the definition.
    void modified();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Place
    {
        int section = -1;
        int criterion = -1; ///< -1: the section itself
    };
    [[nodiscard]] Place currentPlace() const;
    [[nodiscard]] ScorecardCriterion* currentCriterion();
    /// `title`'s id, made unique among the other criteria than the one at `except`.
    [[nodiscard]] QString uniqueId(const QString& title, Place except) const;
    void rebuildTree(Place select);
    void refreshTexts();
    void showCurrent();
    void fillChoices();
    void addSection();
    void addCriterion();
    void removeCurrent();
    void move(int delta);
    void touch();

    std::unique_ptr<Ui::ScorecardEditor> m_ui;
    ScorecardDefinition m_card;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_loading = false; ///< fields being filled by the code, not the user
    QList<QAction*> m_editActions;
};

} // namespace tallenne
