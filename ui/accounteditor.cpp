#include "accounteditor.h"

#include "appcontext.h"
#include "icons.h"
#include "oauthsigninpanel.h"
#include "servertestdialog.h"
#include "uitext.h"

#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "mime/addressparser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setObjectName(objectName);
    return edit;
}

// The login methods offered, with "auto" first: the engine then picks the strongest the server offers.
const char *const Mechanisms[] = { "auto", "none", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "DIGEST-MD5",
    "PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER" };

} // namespace

AccountEditorDialog::AccountEditorDialog(AppContext *context, const Account &account, QWidget *parent)
    : QDialog(parent), m_context(context), m_original(account)
{
    setObjectName(QStringLiteral("accountEditor"));
    setWindowTitle(account.id.isEmpty() ? tr("New account") : tr("Edit account — %1").arg(account.name));
    setWindowIcon(Icons::icon(QStringLiteral("accounts")));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Account settings"));

    // -- Identity --
    auto *identity = new QWidget(m_tabs);
    m_name = lineEdit(identity, tr("Profile name"), QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Work, Home, …"));
    m_senderName = lineEdit(identity, tr("Your name"), QStringLiteral("senderName"));
    m_senderName->setPlaceholderText(tr("Alice Example"));
    m_address = lineEdit(identity, tr("Email address"), QStringLiteral("address"));
    m_address->setPlaceholderText(tr("alice@example.org"));
    m_replyTo = lineEdit(identity, tr("Reply-To address"), QStringLiteral("replyTo"));
    m_replyTo->setPlaceholderText(tr("optional"));
    m_signature = new QPlainTextEdit(identity);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setPlaceholderText(tr("Added below your messages, after a \"-- \" line"));
    m_default = new QCheckBox(tr("Use as the &default account"), identity);
    m_default->setObjectName(QStringLiteral("isDefault"));
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Profile &name:"), m_name);
    identityForm->addRow(tr("&Your name:"), m_senderName);
    identityForm->addRow(tr("&Email address:"), m_address);
    identityForm->addRow(tr("&Reply-To:"), m_replyTo);
    identityForm->addRow(tr("Si&gnature:"), m_signature);
    identityForm->addRow(QString(), m_default);
    m_tabs->addTab(identity, tr("&Identity"));

    // -- Server --
    auto *server = new QWidget(m_tabs);
    m_host = lineEdit(server, tr("Outgoing server"), QStringLiteral("host"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_port = new QSpinBox(server);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(server);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->setAccessibleName(tr("Security"));
    for (Smtp::Security s : { Smtp::Security::Tls, Smtp::Security::StartTls, Smtp::Security::None }) {
        m_security->addItem(UiText::securityTitle(s), int(s));
    }
    m_security->setCurrentIndex(1);
    m_auth = new QComboBox(server);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->setAccessibleName(tr("Login method"));
    for (const char *m : Mechanisms) {
        const QString value = QString::fromLatin1(m);
        const QString text = value == QLatin1String("auto") ? tr("Automatic (strongest offered)")
            : value == QLatin1String("none")                ? tr("No login")
                                                            : value;
        m_auth->addItem(text, value);
    }
    m_user = lineEdit(server, tr("User name"), QStringLiteral("user"));
    m_user->setPlaceholderText(tr("the email address"));
    m_password = lineEdit(server, tr("Password"), QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(account.id.isEmpty() ? tr("stored in the system keychain")
                                                        : tr("unchanged (kept in the system keychain)"));
    m_keychainNote = new QLabel(server);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_detect = new QPushButton(Icons::icon(QStringLiteral("detect")), tr("&Detect settings"), server);
    m_detect->setObjectName(QStringLiteral("detect"));
    m_detect->setToolTip(
        tr("Find the server for this address: settings shipped with Epistle, the domain's DNS and "
           "autoconfig, and a probe of the usual servers (no password is sent)"));
    m_test = new QPushButton(Icons::icon(QStringLiteral("server-test")), tr("&Test settings"), server);
    m_test->setObjectName(QStringLiteral("test"));
    m_detectStatus = new QLabel(server);
    m_detectStatus->setObjectName(QStringLiteral("detectStatus"));
    m_detectStatus->setWordWrap(true);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_security, 1);
    portRow->addWidget(new QLabel(tr("P&ort:"), server));
    static_cast<QLabel *>(portRow->itemAt(1)->widget())->setBuddy(m_port);
    portRow->addWidget(m_port);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_detect);
    actions->addWidget(m_test);
    actions->addStretch(1);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Server:"), m_host);
    serverForm->addRow(tr("Se&curity:"), portRow);
    serverForm->addRow(tr("&Login method:"), m_auth);
    serverForm->addRow(tr("&User name:"), m_user);
    serverForm->addRow(tr("&Password:"), m_password);
    // OAuth 2 sign-in (Google, Microsoft) instead of a password: the panel owns it; the form only hides the
    // password while a provider is chosen.
    m_oauthPanel = new OAuthSignInPanel(m_context->secrets(), server);
    serverForm->addRow(tr("Sign &in with:"), m_oauthPanel);
    connect(
        m_oauthPanel, &OAuthSignInPanel::providerChanged, this, [this, serverForm](const QString &provider) {
            serverForm->setRowVisible(m_password, provider.isEmpty());
            if (!provider.isEmpty() && m_auth->currentData().toString() != QLatin1String("OAUTHBEARER")) {
                m_auth->setCurrentIndex(m_auth->findData(QStringLiteral("XOAUTH2")));
            }
        });
    connect(m_oauthPanel, &OAuthSignInPanel::signInFinished, this, [this](bool signedIn) {
        if (signedIn && m_testDialog) {
            m_testDialog->close(); // tested again with the new sign-in
            testSettings();
        }
    });
    serverForm->addRow(QString(), m_keychainNote);
    serverForm->addRow(QString(), actions);
    serverForm->addRow(QString(), m_detectStatus);
    m_tabs->addTab(server, tr("&Server"));

    // -- Advanced --
    auto *advanced = new QWidget(m_tabs);
    m_helo = lineEdit(advanced, tr("EHLO name"), QStringLiteral("helo"));
    m_helo->setPlaceholderText(tr("automatic (reveals no host name)"));
    m_timeout = new QSpinBox(advanced);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setRange(0, 3600);
    m_timeout->setSpecialValueText(tr("standard (RFC 5321)"));
    m_timeout->setSuffix(tr(" s"));
    m_caFile = lineEdit(advanced, tr("Extra CA certificates file"), QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("optional: a PEM file with your organisation's CA"));
    auto *browse = new QPushButton(tr("&Browse…"), advanced);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA certificates"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pins = new QListWidget(advanced);
    m_pins->setObjectName(QStringLiteral("pins"));
    m_pins->setAccessibleName(tr("Trusted server certificates"));
    m_pins->setMaximumHeight(72);
    m_pins->setFont(QFont(QStringLiteral("monospace")));
    auto *forget = new QPushButton(tr("&Forget selected"), advanced);
    connect(forget, &QPushButton::clicked, this, [this] { qDeleteAll(m_pins->selectedItems()); });
    m_proxyType = new QComboBox(advanced);
    m_proxyType->setObjectName(QStringLiteral("proxyType"));
    m_proxyType->setAccessibleName(tr("Proxy"));
    m_proxyType->addItem(tr("System settings"), int(Account::ProxyType::System));
    m_proxyType->addItem(tr("No proxy"), int(Account::ProxyType::None));
    m_proxyType->addItem(tr("SOCKS5"), int(Account::ProxyType::Socks5));
    m_proxyType->addItem(tr("HTTP (CONNECT)"), int(Account::ProxyType::Http));
    m_proxyHost = lineEdit(advanced, tr("Proxy server"), QStringLiteral("proxyHost"));
    m_proxyPort = new QSpinBox(advanced);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(0, 65535);
    m_proxyUser = lineEdit(advanced, tr("Proxy user"), QStringLiteral("proxyUser"));
    m_proxyPassword = lineEdit(advanced, tr("Proxy password"), QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    m_dsnSuccess = new QCheckBox(tr("deli&vered"), advanced);
    m_dsnFailure = new QCheckBox(tr("&failed"), advanced);
    m_dsnDelay = new QCheckBox(tr("dela&yed"), advanced);
    m_dsnReturn = new QComboBox(advanced);
    m_dsnReturn->setAccessibleName(tr("A bounce returns"));
    m_dsnReturn->addItem(tr("server's choice"), int(Account::DsnReturn::Default));
    m_dsnReturn->addItem(tr("the whole message"), int(Account::DsnReturn::Full));
    m_dsnReturn->addItem(tr("the headers only"), int(Account::DsnReturn::Headers));
    auto *dsnRow = new QHBoxLayout;
    dsnRow->addWidget(m_dsnSuccess);
    dsnRow->addWidget(m_dsnFailure);
    dsnRow->addWidget(m_dsnDelay);
    dsnRow->addStretch(1);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("&EHLO name:"), m_helo);
    advancedForm->addRow(tr("Ti&meout:"), m_timeout);
    advancedForm->addRow(tr("&CA file:"), caRow);
    advancedForm->addRow(tr("&Trusted certificates:"), m_pins);
    advancedForm->addRow(QString(), forget);
    advancedForm->addRow(tr("Pro&xy:"), m_proxyType);
    advancedForm->addRow(tr("Proxy ser&ver:"), proxyRow);
    advancedForm->addRow(tr("Proxy &user:"), m_proxyUser);
    advancedForm->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    advancedForm->addRow(tr("Report when:"), dsnRow);
    advancedForm->addRow(tr("A &bounce returns:"), m_dsnReturn);
    m_tabs->addTab(advanced, tr("&Advanced"));

    m_errors = new QLabel(this);
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

    connect(m_security, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &AccountEditorDialog::onSecurityChanged);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        if (!m_settingPort) {
            m_portEdited = true;
        }
    });
    connect(m_proxyType, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &AccountEditorDialog::updateProxyFields);
    connect(m_detect, &QPushButton::clicked, this, &AccountEditorDialog::detectSettings);
    connect(m_test, &QPushButton::clicked, this, [this] { testSettings(); });
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A new profile is named after its domain until the person names it.
        if (m_original.id.isEmpty() && !m_name->isModified()) {
            const QString domain = text.section(QLatin1Char('@'), 1);
            m_name->setText(domain.isEmpty() ? QString() : domain);
        }
    });

    if (m_context->secrets()->availability() == SecretStore::Availability::Unavailable) {
        m_keychainNote->setText(
            tr("No keychain is available: a password entered here is kept until Epistle quits, "
               "then asked for again. (%1)")
                .arg(m_context->secrets()->unavailableReason()));
        m_keychainNote->show();
    }

    setAccount(account);
    resize(560, 520);
    // Typing starts in a field, not on the tab bar: a new profile at the person's name (then the address,
    // from which the profile name follows), an existing one at its first field.
    m_tabs->setCurrentIndex(0);
    (m_original.id.isEmpty() ? m_senderName : m_name)->setFocus();
}

AccountEditorDialog::~AccountEditorDialog() = default;

void AccountEditorDialog::setAccount(const Account &a)
{
    m_name->setText(a.name);
    m_name->setModified(!a.name.isEmpty());
    m_senderName->setText(a.senderName);
    m_address->setText(a.address);
    m_replyTo->setText(a.replyTo);
    m_signature->setPlainText(a.signature);
    m_default->setChecked(a.isDefault || m_context->accounts()->isEmpty());
    // The default account cannot stop being the default here: another account has to take over.
    m_default->setEnabled(!a.isDefault);
    m_host->setText(a.host);
    m_settingPort = true;
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_lastSecurity = a.security;
    m_port->setValue(a.effectivePort());
    m_settingPort = false;
    m_portEdited = a.port != 0 && a.port != Smtp::defaultPort(a.security);
    const int auth
        = m_auth->findData(QString::fromLatin1(a.authMechanism), Qt::UserRole, Qt::MatchFixedString);
    if (auth >= 0) {
        m_auth->setCurrentIndex(auth);
    } else {
        m_auth->addItem(QString::fromLatin1(a.authMechanism), QString::fromLatin1(a.authMechanism));
        m_auth->setCurrentIndex(m_auth->count() - 1);
    }
    m_user->setText(a.user);
    m_oauthPanel->setAccount(a);
    m_helo->setText(a.heloName);
    m_timeout->setValue(a.timeoutSeconds);
    m_caFile->setText(a.caFile);
    m_pins->clear();
    for (const QByteArray &pin : a.pinnedSha256) {
        m_pins->addItem(Account::formatFingerprint(pin));
    }
    m_proxyType->setCurrentIndex(m_proxyType->findData(int(a.proxyType)));
    m_proxyHost->setText(a.proxyHost);
    m_proxyPort->setValue(a.proxyPort);
    m_proxyUser->setText(a.proxyUser);
    m_dsnSuccess->setChecked(a.dsnOnSuccess);
    m_dsnFailure->setChecked(a.dsnOnFailure);
    m_dsnDelay->setChecked(a.dsnOnDelay);
    m_dsnReturn->setCurrentIndex(m_dsnReturn->findData(int(a.dsnReturn)));
    updateProxyFields();
}

Account AccountEditorDialog::account() const
{
    Account a = m_original;
    a.name = m_name->text().trimmed();
    a.senderName = m_senderName->text().trimmed();
    a.address = m_address->text().trimmed();
    a.replyTo = m_replyTo->text().trimmed();
    a.signature = m_signature->toPlainText();
    a.isDefault = m_default->isChecked();
    a.host = m_host->text().trimmed();
    a.security = Smtp::Security(m_security->currentData().toInt());
    // A port that is the security's default is stored as "follow the security".
    a.port = (!m_portEdited && quint16(m_port->value()) == Smtp::defaultPort(a.security))
        ? 0
        : quint16(m_port->value());
    a.authMechanism = m_auth->currentData().toString().toLatin1();
    a.oauthProvider = m_oauthPanel->provider();
    a.user = m_user->text().trimmed();
    a.heloName = m_helo->text().trimmed();
    a.timeoutSeconds = m_timeout->value();
    a.caFile = m_caFile->text().trimmed();
    a.pinnedSha256.clear();
    for (int i = 0; i < m_pins->count(); ++i) {
        QByteArray pin;
        if (Account::parseFingerprint(m_pins->item(i)->text(), &pin)) {
            a.pinnedSha256 << pin;
        }
    }
    a.proxyType = Account::ProxyType(m_proxyType->currentData().toInt());
    a.proxyHost = m_proxyHost->text().trimmed();
    a.proxyPort = quint16(m_proxyPort->value());
    a.proxyUser = m_proxyUser->text().trimmed();
    a.dsnOnSuccess = m_dsnSuccess->isChecked();
    a.dsnOnFailure = m_dsnFailure->isChecked();
    a.dsnOnDelay = m_dsnDelay->isChecked();
    a.dsnReturn = Account::DsnReturn(m_dsnReturn->currentData().toInt());
    return a;
}

QString AccountEditorDialog::password() const
{
    return m_password->text();
}

void AccountEditorDialog::onSecurityChanged()
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

void AccountEditorDialog::updateProxyFields()
{
    const auto type = Account::ProxyType(m_proxyType->currentData().toInt());
    const bool own = type == Account::ProxyType::Socks5 || type == Account::ProxyType::Http;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword }) {
        w->setEnabled(own);
    }
}

void AccountEditorDialog::applySettings(const SmtpConnectionSettings &settings)
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
    const int auth
        = m_auth->findData(QString::fromLatin1(settings.authMechanism), Qt::UserRole, Qt::MatchFixedString);
    if (auth >= 0) {
        m_auth->setCurrentIndex(auth);
    }
    for (const QByteArray &pin : settings.tls.pinnedSha256) {
        const QString text = Account::formatFingerprint(pin);
        if (m_pins->findItems(text, Qt::MatchFixedString).isEmpty()) {
            m_pins->addItem(text);
        }
    }
}

void AccountEditorDialog::applyCandidate(const SettingsDiscovery::Candidate &candidate)
{
    SmtpConnectionSettings s = candidate.settings();
    s.tls.pinnedSha256.clear();
    applySettings(s);
    if (!candidate.user.isEmpty() && candidate.user != m_address->text().trimmed()) {
        m_user->setText(candidate.user);
    }
    m_oauthPanel->setProvider(candidate.oauthProvider);
}

void AccountEditorDialog::detectSettings()
{
    const QString address = m_address->text().trimmed();
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
    m_discovery = new SettingsDiscovery(this);
    m_discovery->setSources(m_discoverySources);
    connect(m_discovery, &SettingsDiscovery::finished, this, &AccountEditorDialog::onDiscoveryFinished);
    connect(m_discovery, &SettingsDiscovery::progress, this, [this](const QString &line) {
        m_detectStatus->setText(tr("Looking for the settings of %1… %2").arg(m_discovery->domain(), line));
    });
    m_detect->setEnabled(false);
    m_detectStatus->setText(tr("Looking for the settings of %1…").arg(address.section(QLatin1Char('@'), 1)));
    m_discovery->start(address);
}

void AccountEditorDialog::onDiscoveryFinished()
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
    applyCandidate(best);
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
            connect(a, &QAction::triggered, this, [this, c] { applyCandidate(c); });
        }
        menu->addSeparator();
        connect(menu->addAction(tr("Search again")), &QAction::triggered, this,
            &AccountEditorDialog::detectSettings);
        if (QMenu *old = m_detect->menu()) {
            old->deleteLater();
        }
        m_detect->setMenu(menu);
    }
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
    connect(dialog, &ServerTestDialog::signInRequested, m_oauthPanel, &OAuthSignInPanel::signIn);
    connect(dialog, &ServerTestDialog::certificateTrusted, this, [this](const QByteArray &sha256) {
        const QString text = Account::formatFingerprint(sha256);
        if (m_pins->findItems(text, Qt::MatchFixedString).isEmpty()) {
            m_pins->addItem(text);
        }
    });
    if (!a.id.isEmpty()) {
        // What the server announced (its SIZE limit) is worth keeping for the composer's checks.
        connect(dialog, &ServerTestDialog::testFinished, this, [this, dialog, id = a.id] {
            if (dialog->test() && !dialog->test()->capabilities().isEmpty()) {
                m_context->serverLimits().setSizeLimit(id, dialog->test()->capabilities().sizeLimit());
            }
        });
    }
    const auto run = [dialog](const SmtpConnectionSettings &settings) {
        dialog->setSettings(settings);
        dialog->start();
    };
    if (!m_password->text().isEmpty() || !a.needsSecret()) {
        SmtpCredentials credentials;
        (a.usesOAuthToken() ? credentials.oauthToken : credentials.password) = m_password->text();
        run(a.toConnectionSettings(credentials, nullptr, m_proxyPassword->text()));
    } else if (!a.id.isEmpty()) {
        QPointer<ServerTestDialog> guard(dialog);
        m_context->resolveSettings(
            a, this, [this, guard, run](const SmtpConnectionSettings &settings, const QString &error) {
                if (guard && !error.isEmpty() && settings.host.isEmpty()) {
                    // No sign-in (or it expired): nothing to test with; the panel offers the sign-in.
                    guard->close();
                    showErrors({ error });
                    m_oauthPanel->refreshState();
                } else if (guard) {
                    run(settings);
                }
            });
    } else {
        // A new account without a password yet: the test shows how far it gets (and that a login is needed).
        run(a.toConnectionSettings({}, nullptr, m_proxyPassword->text()));
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
    m_oauthPanel->setAccount(a); // a new account can sign in now that it has an id
    const SecretStore::Kind kind
        = a.usesOAuthToken() ? SecretStore::Kind::OAuthToken : SecretStore::Kind::Password;
    if (!m_password->text().isEmpty()) {
        m_context->secrets()->write(
            a.id, kind, m_password->text(), m_context, [](const SecretStore::Result &) {});
    }
    if (!m_proxyPassword->text().isEmpty()) {
        m_context->secrets()->write(a.id, SecretStore::Kind::ProxyPassword, m_proxyPassword->text(),
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
