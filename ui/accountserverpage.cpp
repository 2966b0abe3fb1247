#include "accountserverpage.h"

#include "icons.h"
#include "oauthsigninpanel.h"
#include "uitext.h"

#include "accounts/account.h"
#include "accounts/secretstore.h"
#include "mime/addressparser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>

namespace {

// The login methods offered, with "auto" first: the engine then picks the strongest the server offers.
const char *const Mechanisms[] = { "auto", "none", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "DIGEST-MD5",
    "PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER" };

} // namespace

AccountServerPage::AccountServerPage(SecretStore *secrets, QWidget *parent)
    : AccountEditorPage(parent)
    , m_host(lineEdit(tr("Outgoing server"), QStringLiteral("host")))
    , m_security(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_auth(new QComboBox(this))
    , m_user(lineEdit(tr("User name"), QStringLiteral("user")))
    , m_password(lineEdit(tr("Password"), QStringLiteral("password")))
    , m_oauth(new OAuthSignInPanel(secrets, this))
    , m_keychainNote(new QLabel(this))
    , m_detect(new QPushButton(Icons::icon(QStringLiteral("detect")), tr("&Detect settings"), this))
    , m_test(new QPushButton(Icons::icon(QStringLiteral("server-test")), tr("&Test settings"), this))
    , m_detectStatus(new QLabel(this))
{
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_security->setObjectName(QStringLiteral("security"));
    m_security->setAccessibleName(tr("Security"));
    for (Smtp::Security s : { Smtp::Security::Tls, Smtp::Security::StartTls, Smtp::Security::None }) {
        m_security->addItem(UiText::securityTitle(s), int(s));
    }
    m_security->setCurrentIndex(1);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->setAccessibleName(tr("Login method"));
    for (const char *m : Mechanisms) {
        const QString value = QString::fromLatin1(m);
        const QString text = value == QLatin1String("auto") ? tr("Automatic (strongest offered)")
            : value == QLatin1String("none")                ? tr("No login")
                                                            : value;
        m_auth->addItem(text, value);
    }
    m_user->setPlaceholderText(tr("the email address"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(secrets->availability() == SecretStore::Availability::Unavailable);
    m_keychainNote->setText(
        tr("No keychain is available: a password entered here is kept until Epistle quits, "
           "then asked for again. (%1)")
            .arg(secrets->unavailableReason()));
    m_detect->setObjectName(QStringLiteral("detect"));
    m_detect->setToolTip(
        tr("Find the server for this address: settings shipped with Epistle, the domain's DNS "
           "and autoconfig, and a probe of the usual servers (no password is sent)"));
    m_test->setObjectName(QStringLiteral("test"));
    m_detectStatus->setObjectName(QStringLiteral("detectStatus"));
    m_detectStatus->setWordWrap(true);

    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_security, 1);
    portRow->addWidget(portLabel);
    portRow->addWidget(m_port);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_detect);
    actions->addWidget(m_test);
    actions->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_host);
    addRow(form, tr("Se&curity:"), m_security, portRow);
    form->addRow(tr("&Login method:"), m_auth);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    // OAuth 2 sign-in (Google, Microsoft) instead of a password: the panel owns it; the form only hides the
    // password while a provider is chosen.
    form->addRow(tr("Sign &in with:"), m_oauth);
    connect(m_oauth, &OAuthSignInPanel::providerChanged, this, [this, form](const QString &provider) {
        form->setRowVisible(m_password, provider.isEmpty());
        if (!provider.isEmpty() && m_auth->currentData().toString() != QLatin1String("OAUTHBEARER")) {
            selectAuth("XOAUTH2", false);
        }
    });
    form->addRow(QString(), m_keychainNote);
    form->addRow(QString(), actions);
    form->addRow(QString(), m_detectStatus);

    connect(m_security, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &AccountServerPage::onSecurityChanged);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        if (!m_settingPort) {
            m_portEdited = true;
        }
    });
    connect(m_detect, &QPushButton::clicked, this, &AccountServerPage::detectRequested);
    // What detection said (found nothing, or filled in a server) is old news once the person types a server.
    connect(m_host, &QLineEdit::textEdited, m_detectStatus, &QLabel::clear);
    connect(m_test, &QPushButton::clicked, this, &AccountServerPage::testRequested);
}

void AccountServerPage::load(const Account &a)
{
    m_host->setText(a.host);
    m_settingPort = true;
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_lastSecurity = a.security;
    m_port->setValue(a.effectivePort());
    m_settingPort = false;
    m_portEdited = a.port != 0 && a.port != Smtp::defaultPort(a.security);
    selectAuth(a.authMechanism, true);
    m_user->setText(a.user);
    m_oauth->setAccount(a);
    m_password->setPlaceholderText(
        a.id.isEmpty() ? tr("stored in the system keychain") : tr("unchanged (kept in the system keychain)"));
}

void AccountServerPage::store(Account &a) const
{
    a.host = m_host->text().trimmed();
    a.security = Smtp::Security(m_security->currentData().toInt());
    // A port that is the security's default is stored as "follow the security".
    a.port = (!m_portEdited && quint16(m_port->value()) == Smtp::defaultPort(a.security))
        ? 0
        : quint16(m_port->value());
    a.authMechanism = m_auth->currentData().toString().toLatin1();
    a.user = m_user->text().trimmed();
    a.oauthProvider = m_oauth->provider();
}

QString AccountServerPage::password() const
{
    return m_password->text();
}

void AccountServerPage::selectAuth(const QByteArray &mechanism, bool addUnknown)
{
    const int auth = m_auth->findData(QString::fromLatin1(mechanism), Qt::UserRole, Qt::MatchFixedString);
    if (auth >= 0) {
        m_auth->setCurrentIndex(auth);
    } else if (addUnknown) {
        m_auth->addItem(QString::fromLatin1(mechanism), QString::fromLatin1(mechanism));
        m_auth->setCurrentIndex(m_auth->count() - 1);
    }
}

void AccountServerPage::onSecurityChanged()
{
    const Smtp::Security security = Smtp::Security(m_security->currentData().toInt());
    // The port follows the security (465, 587, 25) unless the person chose another one.
    if (!m_portEdited || m_port->value() == Smtp::defaultPort(m_lastSecurity)) {
        m_settingPort = true;
        m_port->setValue(Smtp::defaultPort(security));
        m_settingPort = false;
        m_portEdited = false;
    }
    m_lastSecurity = security;
}

void AccountServerPage::applySettings(const SmtpConnectionSettings &settings)
{
    if (!settings.host.isEmpty()) {
        m_host->setText(settings.host);
    }
    m_settingPort = true;
    m_security->setCurrentIndex(m_security->findData(int(settings.security)));
    m_lastSecurity = settings.security;
    m_port->setValue(settings.effectivePort());
    m_settingPort = false;
    m_portEdited = settings.effectivePort() != Smtp::defaultPort(settings.security);
    selectAuth(settings.authMechanism, false);
}

void AccountServerPage::applyCandidate(const SettingsDiscovery::Candidate &candidate, const QString &address)
{
    SmtpConnectionSettings s = candidate.settings();
    s.tls.pinnedSha256.clear();
    applySettings(s);
    if (!candidate.user.isEmpty() && candidate.user != address) {
        m_user->setText(candidate.user);
    }
    m_oauth->setProvider(candidate.oauthProvider);
}

void AccountServerPage::detect(const QString &address)
{
    if (!AddressParser::isValidAddrSpec(address)) {
        m_detectStatus->setText(
            tr("Enter the email address first (on the Identity page): the settings are found "
               "from its domain."));
        return;
    }
    if (m_discovery) {
        m_discovery->cancel();
        m_discovery->deleteLater();
    }
    m_detectAddress = address;
    m_discovery = new SettingsDiscovery(this);
    m_discovery->setSources(m_discoverySources);
    connect(m_discovery, &SettingsDiscovery::finished, this, &AccountServerPage::onDiscoveryFinished);
    connect(m_discovery, &SettingsDiscovery::progress, this, [this](const QString &line) {
        m_detectStatus->setText(tr("Looking for the settings of %1… %2").arg(m_discovery->domain(), line));
    });
    m_detect->setEnabled(false);
    m_detectStatus->setText(tr("Looking for the settings of %1…").arg(address.section(QLatin1Char('@'), 1)));
    m_discovery->start(address);
}

void AccountServerPage::onDiscoveryFinished()
{
    m_detect->setEnabled(true);
    if (!m_discovery) {
        return;
    }
    const QList<SettingsDiscovery::Candidate> candidates = m_discovery->candidates();
    if (candidates.isEmpty()) {
        m_detectStatus->setText(m_discovery->errorString().isEmpty()
                ? tr("No settings were found for %1. Enter the outgoing server your provider gives "
                     "(often smtp.%1, port 465 with SSL/TLS or 587 with STARTTLS).")
                      .arg(m_discovery->domain())
                : m_discovery->errorString());
        return;
    }
    const SettingsDiscovery::Candidate best = candidates.first();
    applyCandidate(best, m_detectAddress);
    const QString where = best.providerName.isEmpty() ? best.origin : best.providerName;
    m_detectStatus->setText(
        tr("Filled in %1:%2 (%3) from %4 — %5% sure. Use \"Test settings\" to check them.")
            .arg(best.host)
            .arg(best.port)
            .arg(UiText::securityTitle(best.security), where)
            .arg(best.confidence));
    if (candidates.size() > 1) {
        // The others stay one click away, on the button itself.
        auto *menu = new QMenu(m_detect);
        for (const SettingsDiscovery::Candidate &c : candidates) {
            QAction *a = menu->addAction(
                tr("%1:%2 (%3) — %4, %5%")
                    .arg(c.host)
                    .arg(c.port)
                    .arg(UiText::securityTitle(c.security), SettingsDiscovery::sourceName(c.source))
                    .arg(c.confidence));
            connect(a, &QAction::triggered, this, [this, c] { applyCandidate(c, m_detectAddress); });
        }
        menu->addSeparator();
        connect(menu->addAction(tr("Search again")), &QAction::triggered, this,
            &AccountServerPage::detectRequested);
        if (QMenu *old = m_detect->menu()) {
            old->deleteLater();
        }
        m_detect->setMenu(menu);
    }
}
