#include "gui/quality/ScorecardEditor.h"

#include "ui_ScorecardEditor.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace tallenne {

namespace {
constexpr int SectionRole = Qt::UserRole + 1;
constexpr int CriterionRole = Qt::UserRole + 2;

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString share(double weight, double total)
{
    return total > 0 ? QLocale().toString(100.0 * weight / total, 'f', 1) : QString();
}

double sectionWeight(const ScorecardSection& section)
{
    double sum = 0;
    for (const ScorecardCriterion& c : section.criteria)
        sum += c.weight;
    return sum;
}

double totalWeight(const ScorecardDefinition& card)
{
    double sum = 0;
    for (const ScorecardSection& s : card.sections)
        sum += sectionWeight(s);
    return sum;
}
} // namespace

ScorecardEditor::ScorecardEditor(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScorecardEditor>())
{
    m_ui->setupUi(this);
    QTreeWidget* tree = m_ui->structureTreeWidget;
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->idLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9_-]{0,64}")), m_ui->idLineEdit));
    fillChoices();

    // Shortcuts of the tree (not of the fields: Delete deletes a character there).
    const auto action = [this, tree](QList<QKeySequence> keys, auto slot) {
        auto* a = new QAction(tree);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        tree->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        m_editActions << a;
    };
    action({QKeySequence(Qt::Key_Insert)}, [this] { addCriterion(); });
    action({QKeySequence(Qt::SHIFT | Qt::Key_Insert)}, [this] { addSection(); });
    action({QKeySequence(Qt::Key_Delete)}, [this] { removeCurrent(); });
    action({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Up)},
           [this] { move(-1); });
    action({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_Down)},
           [this] { move(1); });
    connect(m_ui->addSectionButton, &QPushButton::clicked, this, &ScorecardEditor::addSection);
    connect(m_ui->addCriterionButton, &QPushButton::clicked, this, &ScorecardEditor::addCriterion);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ScorecardEditor::removeCurrent);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { move(1); });
    connect(tree, &QTreeWidget::currentItemChanged, this, &ScorecardEditor::showCurrent);

    // The fields write into the definition as they change.
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_card.name = text;
        touch();
    });
    connect(m_ui->passMarkSpinBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_card.passMark = value;
        touch();
    });
    connect(m_ui->descriptionPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_card.description = m_ui->descriptionPlainTextEdit->toPlainText();
        touch();
    });
    connect(m_ui->sectionTitleLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        const Place p = currentPlace();
        if (m_loading || p.section < 0 || p.criterion >= 0)
            return;
        m_card.sections[p.section].title = text;
        touch();
    });
    connect(m_ui->criterionTitleLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) {
                ScorecardCriterion* c = currentCriterion();
                if (m_loading || !c)
                    return;
                // The id follows the title until it is edited by hand.
                const bool followsTitle =
                    c->id.isEmpty() || c->id == uniqueId(c->title, currentPlace());
                c->title = text;
                if (followsTitle && !text.trimmed().isEmpty()) {
                    c->id = uniqueId(text, currentPlace());
                    const bool was = m_loading;
                    m_loading = true;
                    m_ui->idLineEdit->setText(c->id);
                    m_loading = was;
                }
                touch();
            });
    connect(m_ui->idLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->id = text;
            touch();
        }
    });
    connect(m_ui->idLineEdit, &QLineEdit::editingFinished, this, [this] {
        ScorecardCriterion* c = currentCriterion();
        if (c && !m_readOnly && c->id.isEmpty() && !c->title.trimmed().isEmpty())
            m_ui->idLineEdit->setText(uniqueId(c->title, currentPlace()));
    });
    connect(m_ui->guidancePlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->guidance = m_ui->guidancePlainTextEdit->toPlainText();
            touch();
        }
    });
    connect(m_ui->weightSpinBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->weight = value;
            touch();
        }
    });
    connect(m_ui->scaleComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->scale = AnswerScale(m_ui->scaleComboBox->currentData().toInt());
            touch();
        }
    });
    connect(m_ui->commentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->comment = CommentRule(m_ui->commentComboBox->currentData().toInt());
            touch();
        }
    });
    connect(m_ui->notApplicableCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->allowNotApplicable = on;
            touch();
        }
    });
    connect(m_ui->criticalCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (ScorecardCriterion* c = currentCriterion(); c && !m_loading) {
            c->critical = on;
            touch();
        }
    });
    setDefinition({});
}

ScorecardEditor::~ScorecardEditor()
{
    // The fields signal (editingFinished as the focus leaves) while QWidget deletes them, after
    // this editor and its form are gone: nothing of theirs reaches it any more.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void ScorecardEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        refreshTexts();
    }
    QWidget::changeEvent(event);
}

void ScorecardEditor::fillChoices()
{
    const bool was = m_loading;
    m_loading = true;
    const int scale = m_ui->scaleComboBox->currentIndex();
    m_ui->scaleComboBox->clear();
    for (AnswerScale s : {AnswerScale::YesNo, AnswerScale::OneToFive})
        m_ui->scaleComboBox->addItem(ScorecardDefinition::scaleName(s), int(s));
    m_ui->scaleComboBox->setCurrentIndex(std::max(scale, 0));
    const int comment = m_ui->commentComboBox->currentIndex();
    m_ui->commentComboBox->clear();
    m_ui->commentComboBox->addItem(tr("Never"), int(CommentRule::Optional));
    m_ui->commentComboBox->addItem(tr("On a failing answer"), int(CommentRule::OnFail));
    m_ui->commentComboBox->addItem(tr("Always"), int(CommentRule::Always));
    m_ui->commentComboBox->setCurrentIndex(std::max(comment, 0));
    m_loading = was;
}

void ScorecardEditor::setDefinition(const ScorecardDefinition& card)
{
    m_loading = true;
    m_card = card;
    m_ui->nameLineEdit->setText(card.name);
    m_ui->passMarkSpinBox->setValue(card.passMark);
    m_ui->descriptionPlainTextEdit->setPlainText(card.description);
    m_loading = false;
    rebuildTree({card.sections.isEmpty() ? -1 : 0,
                 card.sections.isEmpty() || card.sections.first().criteria.isEmpty() ? -1 : 0});
    m_modified = false;
}

ScorecardDefinition ScorecardEditor::definition() const
{
    ScorecardDefinition card = m_card;
    for (qsizetype s = 0; s < card.sections.size(); ++s) {
        for (qsizetype c = 0; c < card.sections[s].criteria.size(); ++c) {
            ScorecardCriterion& criterion = card.sections[s].criteria[c];
            if (criterion.id.isEmpty() && !criterion.title.trimmed().isEmpty())
                criterion.id = uniqueId(criterion.title, {int(s), int(c)});
        }
    }
    return card;
}

void ScorecardEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* e : {m_ui->nameLineEdit, m_ui->sectionTitleLineEdit,
                         m_ui->criterionTitleLineEdit, m_ui->idLineEdit})
        e->setReadOnly(readOnly);
    for (QPlainTextEdit* e : {m_ui->descriptionPlainTextEdit, m_ui->guidancePlainTextEdit})
        e->setReadOnly(readOnly);
    for (QDoubleSpinBox* e : {m_ui->passMarkSpinBox, m_ui->weightSpinBox})
        e->setReadOnly(readOnly);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->scaleComboBox, m_ui->commentComboBox,
                                         m_ui->notApplicableCheckBox, m_ui->criticalCheckBox})
        w->setEnabled(!readOnly);
    for (QPushButton* b : {m_ui->addSectionButton, m_ui->addCriterionButton, m_ui->removeButton,
                           m_ui->moveUpButton, m_ui->moveDownButton})
        b->setVisible(!readOnly);
    for (QAction* a : std::as_const(m_editActions))
        a->setEnabled(!readOnly);
}

void ScorecardEditor::touch()
{
    if (m_loading)
        return;
    m_modified = true;
    refreshTexts();
    emit modified();
}

ScorecardEditor::Place ScorecardEditor::currentPlace() const
{
    const QTreeWidgetItem* item = m_ui->structureTreeWidget->currentItem();
    if (!item)
        return {};
    return {item->data(0, SectionRole).toInt(), item->data(0, CriterionRole).toInt()};
}

ScorecardCriterion* ScorecardEditor::currentCriterion()
{
    const Place p = currentPlace();
    if (p.section < 0 || p.section >= m_card.sections.size() || p.criterion < 0 ||
        p.criterion >= m_card.sections[p.section].criteria.size())
        return nullptr;
    return &m_card.sections[p.section].criteria[p.criterion];
}

QString ScorecardEditor::idFromTitle(const QString& title)
{
    // Letters without their accents (ä → a), anything else a hyphen.
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar ch : plain) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            id += ch;
        else if (ch.category() != QChar::Mark_NonSpacing && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    id.truncate(56); // room for "-99"
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("criterion") : id;
}

QString ScorecardEditor::uniqueId(const QString& title, Place except) const
{
    QSet<QString> taken;
    for (qsizetype s = 0; s < m_card.sections.size(); ++s) {
        for (qsizetype c = 0; c < m_card.sections[s].criteria.size(); ++c) {
            if (s != except.section || c != except.criterion)
                taken.insert(m_card.sections[s].criteria[c].id);
        }
    }
    const QString base = idFromTitle(title);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void ScorecardEditor::rebuildTree(Place select)
{
    QTreeWidget* tree = m_ui->structureTreeWidget;
    const QSignalBlocker blocker(tree);
    tree->clear();
    for (qsizetype s = 0; s < m_card.sections.size(); ++s) {
        auto* section = new QTreeWidgetItem(tree);
        section->setData(0, SectionRole, int(s));
        section->setData(0, CriterionRole, -1);
        for (qsizetype c = 0; c < m_card.sections[s].criteria.size(); ++c) {
            auto* item = new QTreeWidgetItem(section);
            item->setData(0, SectionRole, int(s));
            item->setData(0, CriterionRole, int(c));
        }
    }
    tree->expandAll();
    QTreeWidgetItem* current = nullptr;
    if (select.section >= 0 && select.section < tree->topLevelItemCount()) {
        current = tree->topLevelItem(select.section);
        if (select.criterion >= 0 && select.criterion < current->childCount())
            current = current->child(select.criterion);
    }
    tree->setCurrentItem(current);
    refreshTexts();
    showCurrent();
}

void ScorecardEditor::refreshTexts()
{
    QTreeWidget* tree = m_ui->structureTreeWidget;
    const double total = totalWeight(m_card);
    const auto titleOf = [](const QString& title) {
        return title.trimmed().isEmpty() ? tr("(no title)") : title;
    };
    for (int s = 0; s < tree->topLevelItemCount() && s < m_card.sections.size(); ++s) {
        const ScorecardSection& section = m_card.sections.at(s);
        QTreeWidgetItem* sectionItem = tree->topLevelItem(s);
        sectionItem->setText(0, QStringLiteral("%1 %2").arg(s + 1).arg(titleOf(section.title)));
        sectionItem->setText(1, number(sectionWeight(section)));
        sectionItem->setText(2, share(sectionWeight(section), total) + QStringLiteral(" %"));
        for (int c = 0; c < sectionItem->childCount() && c < section.criteria.size(); ++c) {
            const ScorecardCriterion& criterion = section.criteria.at(c);
            QTreeWidgetItem* item = sectionItem->child(c);
            QString text =
                QStringLiteral("%1.%2 %3").arg(s + 1).arg(c + 1).arg(titleOf(criterion.title));
            if (criterion.critical)
                text += QLatin1Char(' ') + tr("(critical)");
            item->setText(0, text);
            item->setText(1, number(criterion.weight));
            item->setText(2, share(criterion.weight, total) + QStringLiteral(" %"));
            item->setToolTip(0, criterion.id);
        }
    }
    m_ui->totalWeightLabel->setText(
        tr("Total weight %1 in %Ln criteria; a criterion's share of the score is its weight of "
           "the total.",
           nullptr, m_card.criterionCount())
            .arg(number(total)));
    const Place p = currentPlace();
    if (p.section >= 0 && p.section < m_card.sections.size()) {
        const double weight =
            p.criterion >= 0 && p.criterion < m_card.sections[p.section].criteria.size()
                ? m_card.sections[p.section].criteria[p.criterion].weight
                : sectionWeight(m_card.sections[p.section]);
        m_ui->criterionShareLabel->setText(tr("%1 % of the total").arg(share(weight, total)));
        m_ui->sectionShareLabel->setText(
            tr("The criteria of this section weigh %1 of %2: %3 % of the score.")
                .arg(number(weight), number(total), share(weight, total)));
    }
}

void ScorecardEditor::showCurrent()
{
    const Place p = currentPlace();
    const bool was = m_loading;
    m_loading = true;
    if (p.section < 0 || p.section >= m_card.sections.size()) {
        m_ui->itemStackedWidget->setCurrentWidget(m_ui->emptyPage);
    } else if (p.criterion < 0) {
        m_ui->sectionTitleLineEdit->setText(m_card.sections[p.section].title);
        m_ui->itemStackedWidget->setCurrentWidget(m_ui->sectionPage);
    } else if (const ScorecardCriterion* c = currentCriterion()) {
        m_ui->criterionTitleLineEdit->setText(c->title);
        m_ui->idLineEdit->setText(c->id);
        m_ui->guidancePlainTextEdit->setPlainText(c->guidance);
        m_ui->weightSpinBox->setValue(c->weight);
        m_ui->scaleComboBox->setCurrentIndex(m_ui->scaleComboBox->findData(int(c->scale)));
        m_ui->commentComboBox->setCurrentIndex(m_ui->commentComboBox->findData(int(c->comment)));
        m_ui->notApplicableCheckBox->setChecked(c->allowNotApplicable);
        m_ui->criticalCheckBox->setChecked(c->critical);
        m_ui->itemStackedWidget->setCurrentWidget(m_ui->criterionPage);
    }
    m_loading = was;
    refreshTexts();
    const Place here = currentPlace();
    const int sections = int(m_card.sections.size());
    m_ui->removeButton->setEnabled(here.section >= 0);
    m_ui->moveUpButton->setEnabled(here.section > 0 || here.criterion > 0);
    m_ui->moveDownButton->setEnabled(
        here.section >= 0 &&
        (here.section < sections - 1 ||
         (here.criterion >= 0 &&
          here.criterion < m_card.sections[here.section].criteria.size() - 1)));
}

void ScorecardEditor::select(int section, int criterion)
{
    rebuildTree({section, criterion});
}

void ScorecardEditor::addSection()
{
    if (m_readOnly)
        return;
    const Place p = currentPlace();
    const int at = p.section >= 0 ? p.section + 1 : int(m_card.sections.size());
    m_card.sections.insert(at, ScorecardSection{});
    touch();
    rebuildTree({at, -1});
    m_ui->sectionTitleLineEdit->setFocus();
}

void ScorecardEditor::addCriterion()
{
    if (m_readOnly)
        return;
    Place p = currentPlace();
    if (m_card.sections.isEmpty())
        m_card.sections.append(ScorecardSection{});
    if (p.section < 0)
        p = {int(m_card.sections.size()) - 1, -1};
    QList<ScorecardCriterion>& criteria = m_card.sections[p.section].criteria;
    const int at = p.criterion >= 0 ? p.criterion + 1 : int(criteria.size());
    criteria.insert(at, ScorecardCriterion{});
    touch();
    rebuildTree({p.section, at});
    m_ui->criterionTitleLineEdit->setFocus();
}

void ScorecardEditor::removeCurrent()
{
    const Place p = currentPlace();
    if (m_readOnly || p.section < 0)
        return;
    Place next = p;
    if (p.criterion < 0) {
        m_card.sections.removeAt(p.section);
        next = {std::min(p.section, int(m_card.sections.size()) - 1), -1};
    } else {
        QList<ScorecardCriterion>& criteria = m_card.sections[p.section].criteria;
        criteria.removeAt(p.criterion);
        next.criterion = std::min(p.criterion, int(criteria.size()) - 1);
    }
    touch();
    rebuildTree(next);
    m_ui->structureTreeWidget->setFocus();
}

void ScorecardEditor::move(int delta)
{
    const Place p = currentPlace();
    if (m_readOnly || p.section < 0)
        return;
    Place to = p;
    if (p.criterion < 0) {
        to.section = p.section + delta;
        if (to.section < 0 || to.section >= m_card.sections.size())
            return;
        m_card.sections.move(p.section, to.section);
    } else {
        QList<ScorecardCriterion>& criteria = m_card.sections[p.section].criteria;
        to.criterion = p.criterion + delta;
        if (to.criterion >= 0 && to.criterion < criteria.size()) {
            criteria.move(p.criterion, to.criterion);
        } else {
            // Past the end of its section: into the next (or previous) one.
            to.section = p.section + delta;
            if (to.section < 0 || to.section >= m_card.sections.size())
                return;
            const ScorecardCriterion moved = criteria.takeAt(p.criterion);
            QList<ScorecardCriterion>& into = m_card.sections[to.section].criteria;
            to.criterion = delta < 0 ? int(into.size()) : 0;
            into.insert(to.criterion, moved);
        }
    }
    touch();
    rebuildTree(to);
    m_ui->structureTreeWidget->setFocus();
}

QString ScorecardEditor::showProblem(const QString& message)
{
    static const QRegularExpression place(
        QStringLiteral(
            R"(^(name|description|pass_mark|sections)(?:\[(\d+)\](?:\.(title|criteria)(?:\[(\d+)\]\.(\w+))?)?)?: (.*)$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = place.match(message);
    if (!m.hasMatch())
        return message;
    static const QRegularExpression inner(
        QStringLiteral(R"(sections\[(\d+)\]\.criteria\[(\d+)\])"));
    QString reason = m.captured(6);
    for (QRegularExpressionMatch r = inner.match(reason); r.hasMatch(); r = inner.match(reason))
        reason.replace(
            r.capturedStart(), r.capturedLength(),
            tr("criterion %1.%2").arg(r.captured(1).toInt() + 1).arg(r.captured(2).toInt() + 1));
    const QString field = m.captured(1);
    if (field != QLatin1String("sections") || m.captured(2).isEmpty()) {
        QWidget* w = m_ui->structureTreeWidget;
        if (field == QLatin1String("name"))
            w = m_ui->nameLineEdit;
        else if (field == QLatin1String("description"))
            w = m_ui->descriptionPlainTextEdit;
        else if (field == QLatin1String("pass_mark"))
            w = m_ui->passMarkSpinBox;
        w->setFocus();
        return tr("Scorecard: %1").arg(reason);
    }
    const int s = m.captured(2).toInt();
    if (m.captured(4).isEmpty()) {
        select(s, -1);
        if (m.captured(3) == QLatin1String("title"))
            m_ui->sectionTitleLineEdit->setFocus();
        else
            m_ui->structureTreeWidget->setFocus();
        return tr("Section %1: %2").arg(s + 1).arg(reason);
    }
    const int c = m.captured(4).toInt();
    select(s, c);
    const QString what = m.captured(5);
    QWidget* w = m_ui->criterionTitleLineEdit;
    if (what == QLatin1String("id"))
        w = m_ui->idLineEdit;
    else if (what == QLatin1String("guidance"))
        w = m_ui->guidancePlainTextEdit;
    else if (what == QLatin1String("weight"))
        w = m_ui->weightSpinBox;
    w->setFocus();
    return tr("Criterion %1.%2: %3").arg(s + 1).arg(c + 1).arg(reason);
}

} // namespace tallenne
