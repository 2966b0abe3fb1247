#include "accounteditor.h"

#include "accountadvancedpage.h"
#include "accountidentitypage.h"
#include "accountsentcopypage.h"
#include "accountserverpage.h"
#include "appcontext.h"
#include "icons.h"
#include "oauthsigninpanel.h"
#include "servertestdialog.h"
#include "windowplacement.h"

#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "mime/addressparser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

AccountEditorDialog::AccountEditorDialog(AppContext *context, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(account)
    , m_tabs(new QTabWidget(this))
    , m_identity(new AccountIdentityPage(context->accounts(), context->spellBackend(), m_tabs))
    , m_server(new AccountServerPage(context->secrets(), m_tabs))
    , m_advanced(new AccountAdvancedPage(m_tabs))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("accountEditor"));
    setWindowTitle(account.id.isEmpty() ? tr("New account") : tr("Edit account — %1").arg(account.name));
    setWindowIcon(Icons::icon(QStringLiteral("accounts")));
    m_tabs->setAccessibleName(tr("Account settings"));
    addPage(m_identity, tr("&Identity"));
    addPage(m_server, tr("&Server"));
    addPage(m_advanced, tr("&Advanced"));
    addPage(m_sentCopy = new AccountSentCopyPage(m_tabs), tr("Sent co&py"));
    connect(m_server, &AccountServerPage::detectRequested, this, &AccountEditorDialog::detectSettings);
    connect(m_server, &AccountServerPage::testRequested, this, [this] { testSettings(); });
    connect(m_server->oauthPanel(), &OAuthSignInPanel::signInFinished, this, [this](bool signedIn) {
        if (signedIn && m_testDialog) {
            m_testDialog->close(); // tested again with the new sign-in
            testSettings();
        }
    });

    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setAutoFillBackground(true);
    m_errors->setBackgroundRole(QPalette::ToolTipBase);
    m_errors->setForegroundRole(QPalette::ToolTipText);
    m_errors->setMargin(6);
    m_errors->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    setAccount(account);
    WindowPlacement::install(this, QSize(560, 520));
    // Typing starts in a field, not on the tab bar: a new profile at the person's name (then the address,
    // from which the profile name follows), an existing one at its first field.
    m_tabs->setCurrentIndex(0);
    m_identity->focusFirstField();
}

AccountEditorDialog::~AccountEditorDialog() = default;

void AccountEditorDialog::addPage(AccountEditorPage *page, const QString &title)
{
    m_pages << page;
    m_tabs->addTab(page, title);
}

void AccountEditorDialog::setAccount(const Account &a)
{
    for (AccountEditorPage *page : std::as_const(m_pages)) {
        page->load(a);
    }
}

Account AccountEditorDialog::account() const
{
    Account a = m_original;
    for (AccountEditorPage *page : m_pages) {
        page->store(a);
    }
    // Pointed at another server, the demo's account is the person's own: no longer said to stay here.
    if (a.host != m_original.host || a.effectivePort() != m_original.effectivePort()) {
        a.localTestServer = false;
    }
    return a;
}

QString AccountEditorDialog::password() const
{
    return m_server->password();
}

void AccountEditorDialog::applySettings(const SmtpConnectionSettings &settings)
{
    m_server->applySettings(settings);
    m_advanced->addPins(settings.tls.pinnedSha256);
}

void AccountEditorDialog::applyCandidate(const SettingsDiscovery::Candidate &candidate)
{
    m_server->applyCandidate(candidate, m_identity->address());
    if (candidate.imap.isConfigured()) {
        m_sentCopy->applyImap(candidate.imap);
    }
}

void AccountEditorDialog::detectSettings()
{
    m_server->detect(m_identity->address());
}

SettingsDiscovery *AccountEditorDialog::discovery() const
{
    return m_server->discovery();
}

void AccountEditorDialog::setDiscoverySources(SettingsDiscovery::Sources sources)
{
    m_server->setDiscoverySources(sources);
}

ServerTestDialog *AccountEditorDialog::testSettings()
{
    const Account a = account();
    if (a.host.isEmpty()) {
        showErrors({ tr("Enter the server first.") });
        return nullptr;
    }
    auto *dialog = new ServerTestDialog(SmtpConnectionSettings(), a.address, a.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_testDialog = dialog;
    connect(dialog, &ServerTestDialog::suggestedSettingsApplied, this, &AccountEditorDialog::applySettings);
    connect(dialog, &ServerTestDialog::loginRequested, this, [this] {
        m_tabs->setCurrentWidget(m_server);
        userEdit()->setFocus();
    });
    connect(dialog, &ServerTestDialog::certificateTrusted, this,
        [this](const QByteArray &sha256) { m_advanced->addPins({ sha256 }); });
    connect(dialog, &ServerTestDialog::caFileChosen, m_advanced, &AccountAdvancedPage::setCaFile);
    connect(dialog, &ServerTestDialog::signInRequested, m_server->oauthPanel(), &OAuthSignInPanel::signIn);
    if (!a.id.isEmpty()) {
        dialog->rememberSizeLimit(m_context, a.id);
    }
    const auto run = [dialog](const SmtpConnectionSettings &settings) {
        dialog->setSettings(settings);
        dialog->start();
    };
    if (!password().isEmpty() || !a.needsSecret()) {
        SmtpCredentials credentials;
        (a.usesOAuthToken() ? credentials.oauthToken : credentials.password) = password();
        run(a.toConnectionSettings(credentials, nullptr, m_advanced->proxyPassword()));
    } else if (!a.id.isEmpty()) {
        QPointer<ServerTestDialog> guard(dialog);
        m_context->resolveSettings(
            a, this, [this, guard, run](const SmtpConnectionSettings &settings, const QString &error) {
                if (guard && !error.isEmpty() && settings.host.isEmpty()) {
                    // No sign-in (or it expired): nothing to test with; the panel offers the sign-in.
                    guard->close();
                    showErrors({ error });
                    m_server->oauthPanel()->refreshState();
                } else if (guard) {
                    run(settings);
                }
            });
    } else {
        // A new account without a password yet: the test shows how far it gets (and that a login is needed).
        run(a.toConnectionSettings({}, nullptr, m_advanced->proxyPassword()));
    }
    dialog->show();
    return dialog;
}

void AccountEditorDialog::showErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

QString AccountEditorDialog::errorText() const
{
    return m_errors->isVisible() ? m_errors->text() : QString();
}

bool AccountEditorDialog::save()
{
    Account a = account();
    QStringList problems = a.validate();
    if (!a.replyTo.isEmpty() && !AddressParser::parseList(a.replyTo).ok()) {
        problems
            << tr("The Reply-To address is not valid: %1").arg(AddressParser::parseList(a.replyTo).error);
    }
    if (!a.name.isEmpty() && !m_context->accounts()->isNameAvailable(a.name, a.id)) {
        problems << tr("Another account is already called \"%1\".").arg(a.name);
    }
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }
    AccountStore *store = m_context->accounts();
    const bool ok = a.id.isEmpty() ? store->add(&a) : store->update(a);
    if (!ok) {
        showErrors({ store->errorString() });
        return false;
    }
    if (a.isDefault && !m_original.isDefault) {
        store->setDefault(a.id);
    }
    m_original = a;
    m_server->oauthPanel()->setAccount(a); // a new account can sign in now that it has an id
    const SecretStore::Kind kind
        = a.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    if (!password().isEmpty()) {
        m_context->secrets()->write(a.id, kind, password(), m_context, [](const SecretStore::Result &) {});
    }
    if (!m_sentCopy->password().isEmpty() && !a.imap.sharesSmtpSecret(a)) {
        m_context->secrets()->write(a.id, SecretStore::Kind::ImapPassword, m_sentCopy->password(), m_context,
            [](const SecretStore::Result &) {});
    }
    if (!m_advanced->proxyPassword().isEmpty()) {
        m_context->secrets()->write(a.id, SecretStore::Kind::ProxyPassword, m_advanced->proxyPassword(),
            m_context, [](const SecretStore::Result &) {});
    }
    showErrors({});
    Q_EMIT saved(a.id);
    return true;
}

void AccountEditorDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

QLineEdit *AccountEditorDialog::nameEdit() const
{
    return m_identity->nameEdit();
}

QLineEdit *AccountEditorDialog::addressEdit() const
{
    return m_identity->addressEdit();
}

QPlainTextEdit *AccountEditorDialog::signatureEdit() const
{
    return m_identity->signatureEdit();
}

QLineEdit *AccountEditorDialog::hostEdit() const
{
    return m_server->hostEdit();
}

QSpinBox *AccountEditorDialog::portBox() const
{
    return m_server->portBox();
}

QComboBox *AccountEditorDialog::securityBox() const
{
    return m_server->securityBox();
}

QComboBox *AccountEditorDialog::authBox() const
{
    return m_server->authBox();
}

QLineEdit *AccountEditorDialog::userEdit() const
{
    return m_server->userEdit();
}

QLineEdit *AccountEditorDialog::passwordEdit() const
{
    return m_server->passwordEdit();
}

QLabel *AccountEditorDialog::detectStatus() const
{
    return m_server->detectStatus();
}

OAuthSignInPanel *AccountEditorDialog::oauthPanel() const
{
    return m_server->oauthPanel();
}

QListWidget *AccountEditorDialog::pinList() const
{
    return m_advanced->pinList();
}
