#include "linkdialog.h"

#include "windowplacement.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Insert link"));
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setPlaceholderText(tr("the words to click; the address when empty"));
    m_url->setObjectName(QStringLiteral("linkUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://example.org/"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Address (URL):"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::updateOk);
    updateOk();
    WindowPlacement::install(this, QSize(520, sizeHint().height()));
}

void LinkDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void LinkDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    m_url->selectAll();
}

QString LinkDialog::text() const
{
    return m_text->text().trimmed();
}

QString LinkDialog::url() const
{
    return m_url->text().trimmed();
}

void LinkDialog::updateOk()
{
    // "https://" alone, as the field starts, leads nowhere.
    const QString url = this->url();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!url.isEmpty() && url != QLatin1String("https://") && url != QLatin1String("http://"));
}
