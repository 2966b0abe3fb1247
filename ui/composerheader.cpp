#include "composerheader.h"

#include "addresslineedit.h"
#include "appcontext.h"
#include "icons.h"
#include "recentaddresses.h"
#include "spell/spelllineedit.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountstore.h"
#include "mime/addressparser.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace {

QLabel *fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An icon and words, not a colour alone, say that something is wrong (see AddressLineEdit).
    label->hide();
    return label;
}

QString recipientsOf(const QLineEdit *edit)
{
    QString text = edit->text().trimmed();
    if (text.endsWith(QLatin1Char(','))) {
        text.chop(1);
    }
    return text;
}

} // namespace

ComposerHeader::ComposerHeader(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new QComboBox(this))
    , m_accountsButton(new QPushButton(Icons::icon(QStringLiteral("accounts")), tr("Acc&ounts…"), this))
    , m_localTestNotice(new QLabel(this))
    , m_to(new AddressLineEdit(this))
    , m_cc(new AddressLineEdit(this))
    , m_bcc(new AddressLineEdit(this))
    , m_subject(new SpellLineEdit(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setModel(m_context->accountModel());
    m_from->setAccessibleName(tr("From"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setPlaceholderText(tr("No account yet"));
    m_accountsButton->setObjectName(QStringLiteral("accountsButton"));
    connect(m_accountsButton, &QPushButton::clicked, this, &ComposerHeader::accountsRequested);
    connect(m_from, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComposerHeader::accountChanged);
    // Only the person's choice of account is an edit worth a draft (not the default being preselected).
    connect(m_from, qOverload<int>(&QComboBox::activated), this, &ComposerHeader::edited);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from, 1);
    fromRow->addWidget(m_accountsButton);

    const auto addRow = [this, grid](int row, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, row, 1);
    };
    addRow(0, tr("&From:"), m_from);
    grid->addLayout(fromRow, 0, 1);
    m_localTestNotice->setObjectName(QStringLiteral("localTestNotice"));
    m_localTestNotice->setWordWrap(true);
    m_localTestNotice->setTextFormat(Qt::RichText);
    m_localTestNotice->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_localTestNotice->setOpenExternalLinks(true);
    m_localTestNotice->hide();
    grid->addWidget(m_localTestNotice, 1, 1);
    connect(m_from, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &ComposerHeader::updateLocalTestNotice);
    connect(m_context->accountModel(), &QAbstractItemModel::dataChanged, this,
        &ComposerHeader::updateLocalTestNotice);
    // The first real account added takes the default from the local test server (AccountStore::add): From
    // follows, so the next message leaves this machine.
    connect(m_context->accountModel(), &QAbstractItemModel::rowsInserted, this, [this] {
        // The store, not the model: the model hears of the old default's change after this insertion.
        const int row = m_context->accountModel()->rowOfId(m_context->accounts()->defaultAccount().id);
        if (currentAccount().localTestServer && row >= 0 && row != m_from->currentIndex()) {
            m_from->setCurrentIndex(row);
        }
    });
    const struct
    {
        AddressLineEdit *edit;
        QString label;
        QString name;
        QString accessible;
    } addressFields[] = { { m_to, tr("&To:"), QStringLiteral("to"), tr("To") },
        { m_cc, tr("&Cc:"), QStringLiteral("cc"), tr("Cc") },
        { m_bcc, tr("&Bcc:"), QStringLiteral("bcc"), tr("Bcc (hidden recipients)") } };
    int row = 2;
    for (const auto &f : addressFields) {
        f.edit->setObjectName(f.name);
        f.edit->setAccessibleName(f.accessible);
        f.edit->setCompletionModel(m_context->recentAddresses());
        QLabel *error = fieldErrorLabel(this);
        error->setObjectName(f.name + QStringLiteral("Error"));
        f.edit->setErrorLabel(error);
        addRow(row++, f.label, f.edit);
        grid->addWidget(error, row++, 1);
        connect(f.edit, &QLineEdit::textChanged, this, &ComposerHeader::edited);
    }
    m_bcc->setPlaceholderText(tr("Recipients the others do not see"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setAccessibleName(tr("Subject"));
    addRow(row++, tr("&Subject:"), m_subject);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerHeader::edited);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerHeader::subjectChanged);
    grid->setColumnStretch(1, 1);

    setTabOrder(m_from, m_accountsButton);
    setTabOrder(m_accountsButton, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    updateLocalTestNotice();
}

Account ComposerHeader::currentAccount() const
{
    return m_context->accountModel()->accountAt(m_from->currentIndex());
}

void ComposerHeader::selectAccount(const QString &name, const QString &from)
{
    AccountListModel *accounts = m_context->accountModel();
    int row = accounts->rowOfId(m_context->accounts()->accountByName(name).id);
    const QList<MailAddress> sender = AddressParser::parseMailbox(from).addresses.mailboxes();
    for (int i = 0; row < 0 && !sender.isEmpty() && i < accounts->rowCount(); ++i) {
        if (accounts->accountAt(i).address.compare(sender.first().address(), Qt::CaseInsensitive) == 0) {
            row = i;
        }
    }
    if (row >= 0) {
        m_from->setCurrentIndex(row);
    }
}

QString ComposerHeader::to() const
{
    return recipientsOf(m_to);
}

QString ComposerHeader::cc() const
{
    return recipientsOf(m_cc);
}

QString ComposerHeader::bcc() const
{
    return recipientsOf(m_bcc);
}

void ComposerHeader::updateLocalTestNotice()
{
    if (!currentAccount().localTestServer) {
        m_localTestNotice->hide();
        return;
    }
    const QString folder = m_context->demoMailFolder();
    // "~/.local/share/…" reads (and wraps) better than the full path; the link holds the full one.
    QString shown = QDir::toNativeSeparators(folder);
    if (folder.startsWith(QDir::homePath() + QLatin1Char('/'))) {
        shown = QStringLiteral("~") + QDir::toNativeSeparators(folder.mid(QDir::homePath().size()));
    }
    m_localTestNotice->setText(
        tr("This is Epistle's <b>local test server</b>: messages sent from it do not leave this computer; "
           "each one is saved in <a href=\"%1\">%2</a>. To send real mail, add your own account with "
           "the Accounts button.")
            .arg(QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded), shown.toHtmlEscaped()));
    m_localTestNotice->show();
}

void ComposerHeader::setFieldsEnabled(bool enabled)
{
    for (QWidget *field : std::initializer_list<QWidget *> { m_from, m_to, m_cc, m_bcc, m_subject }) {
        field->setEnabled(enabled);
    }
}

void ComposerHeader::clear()
{
    for (QLineEdit *field : std::initializer_list<QLineEdit *> { m_to, m_cc, m_bcc, m_subject }) {
        field->clear();
    }
}

QWidget *ComposerHeader::field(const QString &name) const
{
    const std::pair<const char *, QWidget *> fields[]
        = { { "from", m_from }, { "to", m_to }, { "cc", m_cc }, { "bcc", m_bcc }, { "subject", m_subject } };
    for (const auto &f : fields) {
        if (name == QLatin1String(f.first)) {
            return f.second;
        }
    }
    return nullptr;
}

QWidget *ComposerHeader::firstEmptyField() const
{
    if (m_to->text().isEmpty()) {
        return m_to;
    }
    return m_subject->text().isEmpty() ? m_subject : nullptr;
}
