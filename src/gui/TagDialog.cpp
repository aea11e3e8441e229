#include "gui/TagDialog.h"

#include "ui_TagDialog.h"

namespace tallenne {

TagDialog::TagDialog(const QList<TagLabel>& labels, qint64 startMs, qint64 endMs, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TagDialog>())
{
    m_ui->setupUi(this);
    m_ui->rangeLabel->setText(tr("%1 – %2").arg(formatTime(startMs), formatTime(endMs)));
    m_ui->labelComboBox->addItem(tr("(no label)"), qint64(0));
    for (const TagLabel& l : labels)
        m_ui->labelComboBox->addItem(l.name, l.id);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TagDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TagDialog::reject);
}

TagDialog::~TagDialog() = default;

qint64 TagDialog::labelId() const
{
    return m_ui->labelComboBox->currentData().toLongLong();
}

QString TagDialog::note() const
{
    return m_ui->noteTextEdit->toPlainText().trimmed();
}

QString TagDialog::formatTime(qint64 ms)
{
    const qint64 tenths = std::max<qint64>(0, ms) / 100;
    return QStringLiteral("%1:%2.%3")
        .arg(tenths / 600)
        .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

} // namespace tallenne
