#include "oauthsigninpanel.h"

#include "accounts/secretstore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OAuthSignInPanel::OAuthSignInPanel(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_credentials(new OAuthCredentials(secrets, this))
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_providerBox = new QComboBox(this);
    m_providerBox->setObjectName(QStringLiteral("oauthProvider"));
    m_providerBox->setAccessibleName(tr("Sign in with"));
    m_providerBox->addItem(tr("A password"), QString());
    m_providerBox->addItem(tr("Google (OAuth 2)"), QStringLiteral("google"));
    m_providerBox->addItem(tr("Microsoft (OAuth 2)"), QStringLiteral("microsoft"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("oauthState"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("oauthSignIn"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("oauthSignOut"));
    m_signOut->setToolTip(tr("Forget this account's tokens on this computer"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_providerBox);
    layout->addLayout(buttons);
    layout->addWidget(m_stateLabel);

    connect(m_providerBox, &QComboBox::currentIndexChanged, this, [this] {
        m_account.oauthProvider = provider();
        showState(m_state);
        Q_EMIT providerChanged(provider());
    });
    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInPanel::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &OAuthSignInPanel::signOut);
    showState(OAuthCredentials::State::Unknown);
}

OAuthSignInPanel::~OAuthSignInPanel() = default;

void OAuthSignInPanel::signInAgain(
    SecretStore *secrets, const Account &account, QWidget *parent, std::function<void(bool)> done)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign in again: %1").arg(account.name));
    auto *panel = new OAuthSignInPanel(secrets, dialog);
    panel->setAccount(account);
    panel->providerBox()->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel);
    layout->addWidget(buttons);
    auto finished = std::make_shared<bool>(false);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(panel, &OAuthSignInPanel::signInFinished, dialog, [dialog, done, finished](bool signedIn) {
        if (signedIn) {
            *finished = true;
            done(true);
            dialog->accept();
        }
    });
    connect(dialog, &QDialog::rejected, dialog, [done, finished] {
        if (!*finished) {
            done(false);
        }
    });
    dialog->open();
    panel->signIn();
}

void OAuthSignInPanel::setProviderDirectories(const QStringList &directories)
{
    m_credentials->setProviderDirectories(directories);
}

QString OAuthSignInPanel::provider() const
{
    return m_providerBox->currentData().toString();
}

void OAuthSignInPanel::setProvider(const QString &provider)
{
    int index = m_providerBox->findData(provider);
    if (index < 0) {
        // "custom", set up in the accounts file or with the command line: shown, kept as it is.
        m_providerBox->addItem(tr("Custom provider (OAuth 2)"), provider);
        index = m_providerBox->count() - 1;
    }
    m_providerBox->setCurrentIndex(index);
}

QString OAuthSignInPanel::providerName() const
{
    const QString id = provider();
    OAuthProvider builtIn;
    if (OAuthProvider::builtIn(id, &builtIn)) {
        return builtIn.displayName;
    }
    // A custom provider: its authorization server's name says who it is.
    const QString host = QUrl(m_account.oauthAuthorizeUrl).host();
    return host.isEmpty() ? id : host;
}

void OAuthSignInPanel::setAccount(const Account &account)
{
    m_account = account;
    setProvider(account.oauthProvider);
    refreshState();
}

void OAuthSignInPanel::refreshState()
{
    if (m_account.id.isEmpty() || provider().isEmpty()) {
        showState(OAuthCredentials::State::SignedOut);
        return;
    }
    m_credentials->state(m_account, this,
        [this](OAuthCredentials::State state, const OAuthGrant &grant, const QString &error) {
            showState(state,
                state == OAuthCredentials::State::SignedIn      ? grant.signedInAs
                    : state == OAuthCredentials::State::Expired ? grant.endedBecause
                                                                : error);
        });
}

QString OAuthSignInPanel::stateText() const
{
    return m_stateLabel->text();
}

void OAuthSignInPanel::showState(OAuthCredentials::State state, const QString &detail)
{
    const bool oauth = !provider().isEmpty();
    const bool busy = m_flow && !m_flow->isFinished();
    m_state = state;
    m_signIn->setVisible(oauth);
    m_signOut->setVisible(oauth && state != OAuthCredentials::State::SignedOut);
    m_stateLabel->setVisible(oauth);
    m_signIn->setEnabled(!busy && !m_account.id.isEmpty());
    m_signIn->setText(busy                              ? tr("Waiting for the browser…")
            : state == OAuthCredentials::State::Expired ? tr("Sign &in again with %1…").arg(providerName())
                                                        : tr("Sign &in with %1…").arg(providerName()));
    QString text;
    if (m_account.id.isEmpty()) {
        text = tr("Save the account, then sign in with %1.").arg(providerName());
    } else if (busy) {
        text = tr("Finish signing in with %1 in your browser.").arg(providerName());
    } else {
        switch (state) {
        case OAuthCredentials::State::SignedIn:
            text = tr("Signed in as %1").arg(detail.isEmpty() ? m_account.loginUser() : detail);
            break;
        case OAuthCredentials::State::Expired:
            text = tr("Sign-in expired: %1").arg(detail);
            break;
        case OAuthCredentials::State::SignedOut:
            text = detail.isEmpty() ? tr("Not signed in") : detail;
            break;
        case OAuthCredentials::State::Unknown:
            text = detail;
            break;
        }
    }
    m_stateLabel->setText(text);
    Q_EMIT stateChanged(state);
}

void OAuthSignInPanel::signIn()
{
    if (m_account.id.isEmpty() || provider().isEmpty() || (m_flow && !m_flow->isFinished())) {
        return;
    }
    m_account.oauthProvider = provider();
    if (!m_account.usesOAuthToken()) {
        m_account.authMechanism = "XOAUTH2";
    }
    m_credentials->provider(m_account, this, [this](bool ok, const OAuthProvider &p, const QString &error) {
        if (!ok) {
            showState(m_state, error);
            Q_EMIT signInFinished(false, error);
            return;
        }
        auto *flow = new OAuthSignIn(p, this);
        flow->setLoginHint(m_account.loginUser());
        QString why;
        connect(flow, &OAuthSignIn::finished, this, &OAuthSignInPanel::onSignInFinished);
        if (!flow->start(&why)) {
            delete flow;
            showState(m_state, why);
            Q_EMIT signInFinished(false, why);
            return;
        }
        m_flow = flow;
        showState(m_state);
        m_openBrowser(flow->authorizationUrl());
    });
}

void OAuthSignInPanel::onSignInFinished(const OAuthSignIn::Result &result)
{
    if (m_flow) {
        m_flow->deleteLater();
    }
    if (result.outcome != OAuthSignIn::Outcome::SignedIn) {
        m_flow = nullptr;
        showState(m_state, result.message);
        Q_EMIT signInFinished(false, result.message);
        return;
    }
    m_credentials->store(m_account, result.tokens, this, [this](const SecretStore::Result &r) {
        m_flow = nullptr;
        if (!r.ok) {
            showState(OAuthCredentials::State::SignedOut, r.error);
            Q_EMIT signInFinished(false, r.error);
            return;
        }
        showState(OAuthCredentials::State::SignedIn, m_account.loginUser());
        Q_EMIT signInFinished(true, stateText());
    });
}

void OAuthSignInPanel::signOut()
{
    if (m_account.id.isEmpty()) {
        return;
    }
    m_credentials->signOut(m_account, this,
        [this](const QString &error) { showState(OAuthCredentials::State::SignedOut, error); });
}
