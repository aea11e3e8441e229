#include "gui/EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace tallenne {

EmptyState* EmptyState::install(QAbstractItemView* view, TextFunction text)
{
    return new EmptyState(view, std::move(text));
}

EmptyState::EmptyState(QAbstractItemView* view, TextFunction text)
    : QObject(view), m_view(view), m_text(std::move(text))
{
    m_label = new QLabel(view->viewport());
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setMargin(24);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    }
    update();
}

QAbstractItemView* EmptyState::view() const
{
    // qobject_cast asks the object's current dynamic type, which is QWidget once
    // ~QAbstractItemView has run; a static downcast there would be undefined behaviour.
    return qobject_cast<QAbstractItemView*>(m_view.data());
}

void EmptyState::update()
{
    // A view being destroyed resets its model after its viewport (and the note) are gone.
    QAbstractItemView* const itemView = view();
    if (!itemView || !m_label)
        return;
    const QAbstractItemModel* model = itemView->model();
    const bool empty = !model || model->rowCount(itemView->rootIndex()) == 0;
    if (empty)
        m_label->setText(m_text ? m_text() : QString());
    m_label->setGeometry(itemView->viewport()->rect());
    m_label->setVisible(empty && !m_label->text().isEmpty());
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        if (QAbstractItemView* const itemView = view(); itemView && watched == itemView->viewport())
            update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tallenne
