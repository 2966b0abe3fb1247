#include "servertestdialog.h"

#include "appcontext.h"
#include "certificateview.h"
#include "icons.h"
#include "messagebanner.h"
#include "protocollogview.h"
#include "uitext.h"
#include "windowplacement.h"

#include "accounts/accountstore.h"
#include "smtp/smtptranscript.h"
#include "statustone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int StepRole = Qt::UserRole + 1;
constexpr int StateRole = Qt::UserRole + 2;
constexpr int ImapStepRole = Qt::UserRole + 3;

QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ServerTestDialog::ServerTestDialog(const SmtpConnectionSettings &settings, const QString &sender,
    const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sender(sender)
    , m_accountName(accountName)
    , m_transcript(new SmtpTranscript(this))
    , m_header(wrapping(this))
    , m_insecure(new MessageBanner(this))
    , m_steps(new QTreeWidget(this))
    , m_tls(wrapping(this))
    , m_capabilities(wrapping(this))
    , m_result(wrapping(this))
    , m_certificate(new CertificateView(this))
    , m_apply(
          new QPushButton(Icons::icon(QStringLiteral("step-done")), tr("&Apply suggested settings"), this))
    , m_again(new QPushButton(Icons::icon(QStringLiteral("refresh")), tr("&Run again"), this))
    , m_log(new QPushButton(Icons::icon(QStringLiteral("log")), tr("Show &transcript"), this))
{
    setObjectName(QStringLiteral("serverTestDialog"));
    setWindowTitle(accountName.isEmpty() ? tr("Server test") : tr("Server test — %1").arg(accountName));
    setWindowIcon(Icons::icon(QStringLiteral("server-test")));

    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setAccessibleName(tr("Test steps"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({ tr("Step"), tr("Time"), tr("Result") });
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(false);
    m_steps->setWordWrap(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);

    auto *tlsBox = new QGroupBox(tr("Encryption and capabilities"), this);
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsForm->addRow(tr("TLS:"), m_tls);
    tlsForm->addRow(tr("Server offers:"), m_capabilities);
    m_tls->setAccessibleName(tr("TLS session"));
    m_capabilities->setAccessibleName(tr("Server capabilities"));

    m_result->setObjectName(QStringLiteral("diagnosis"));
    m_result->setAccessibleName(tr("Result"));
    m_result->setFrameShape(QFrame::StyledPanel);
    StatusTone::apply(m_result, StatusTone::Tone::Information);
    m_result->setMargin(8);
    m_insecure->setObjectName(QStringLiteral("insecureWarning"));
    m_insecure->setClosable(false);
    m_apply->setObjectName(QStringLiteral("applySuggested"));
    m_apply->hide();
    m_certificate->hide();

    connect(m_apply, &QPushButton::clicked, this, &ServerTestDialog::applySuggestion);
    connect(m_again, &QPushButton::clicked, this, &ServerTestDialog::start);
    connect(m_log, &QPushButton::clicked, this, [this] {
        if (!m_logDialog) {
            m_logDialog = new ProtocolLogDialog(this);
            m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_logDialog->setTranscript(m_transcript);
        m_logDialog->show();
        m_logDialog->raise();
    });
    connect(m_certificate, &CertificateView::trustRequested, this, [this](const QByteArray &sha256) {
        m_settings.tls.pinnedSha256 = { sha256 };
        Q_EMIT certificateTrusted(sha256);
        start();
    });
    connect(m_certificate, &CertificateView::caFileChosen, this, [this](const QString &path) {
        m_settings.tls.caCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
        Q_EMIT caFileChosen(path);
        start();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_log, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_insecure);
    layout->addWidget(m_steps, 1);
    layout->addWidget(tlsBox);
    layout->addLayout(resultRow);
    layout->addWidget(m_apply, 0, Qt::AlignLeft);
    // The certificate's details scroll on a small screen rather than squeeze into one another.
    m_certificateArea = new QScrollArea(this);
    m_certificateArea->setWidget(m_certificate);
    m_certificateArea->setWidgetResizable(true);
    m_certificateArea->setFrameShape(QFrame::NoFrame);
    m_certificateArea->hide();
    layout->addWidget(m_certificateArea, 1);
    layout->addWidget(buttons);
    WindowPlacement::install(this, QSize(720, 620));
}

ServerTestDialog::~ServerTestDialog()
{
    if (m_test) {
        m_test->disconnect(this);
        m_test->cancel();
    }
}

ServerTestDialog *ServerTestDialog::forAccount(AppContext *context, const QString &accountId, QWidget *parent)
{
    const Account account = context->accounts()->account(accountId);
    auto *dialog
        = new ServerTestDialog(account.toConnectionSettings(), account.address, account.name, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A fix applied in the test goes straight into the account: that is what the person asked for here.
    AccountStore *accounts = context->accounts();
    connect(dialog, &ServerTestDialog::suggestedSettingsApplied, accounts,
        [accounts, accountId](const SmtpConnectionSettings &s) {
            Account a = accounts->account(accountId);
            a.host = s.host;
            a.security = s.security;
            a.port = s.port == Smtp::defaultPort(s.security) ? 0 : s.port;
            a.authMechanism = s.authMechanism;
            accounts->update(a);
        });
    connect(dialog, &ServerTestDialog::caFileChosen, accounts, [accounts, accountId](const QString &path) {
        Account a = accounts->account(accountId);
        a.caFile = path;
        accounts->update(a);
    });
    connect(dialog, &ServerTestDialog::certificateTrusted, accounts,
        [accounts, accountId](const QByteArray &sha256) {
            Account a = accounts->account(accountId);
            if (!a.pinnedSha256.contains(sha256)) {
                a.pinnedSha256 << sha256;
                accounts->update(a);
            }
        });
    dialog->rememberSizeLimit(context, accountId);
    QPointer<ServerTestDialog> guard(dialog);
    context->resolveSettings(
        account, parent, [guard, context, account](const SmtpConnectionSettings &settings, const QString &) {
            if (!guard) {
                return;
            }
            guard->setSettings(settings);
            if (!account.imap.savesCopy()) {
                guard->start();
                return;
            }
            if (account.imap.sharesSmtpSecret(account)) {
                // The secret just resolved (perhaps typed in) is the IMAP one too: not asked for twice.
                guard->setImap(account.imap.toConnectionSettings(account, settings.credentials),
                    account.imap.copyOptions());
                guard->start();
                return;
            }
            context->resolveImap(account,
                [guard](const ImapConnectionSettings &imap, const ImapSentCopyOptions &options,
                    const QString &error) {
                    if (guard) {
                        guard->setImap(imap, options, error);
                        guard->start();
                    }
                });
        });
    dialog->show();
    return dialog;
}

void ServerTestDialog::rememberSizeLimit(AppContext *context, const QString &accountId)
{
    // What the server announced (its SIZE limit) is worth keeping for the composer's checks.
    connect(this, &ServerTestDialog::testFinished, context, [this, context, accountId] {
        if (m_test && !m_test->capabilities().isEmpty()) {
            context->serverLimits().setSizeLimit(accountId, m_test->capabilities().sizeLimit());
        }
    });
}

void ServerTestDialog::start()
{
    if (m_test) {
        m_test->disconnect(this);
        m_test->cancel();
        m_test->deleteLater();
    }
    if (m_imapTest) {
        m_imapTest->disconnect(this);
        m_imapTest->cancel();
        m_imapTest->deleteLater();
        m_imapTest = nullptr;
    }
    m_finished = false;
    m_passed = false;
    m_diagnosis = ConnectionTest::Diagnosis();
    m_steps->clear();
    m_transcript->clear();
    m_tls->setText(tr("not yet known"));
    m_capabilities->setText(tr("not yet known"));
    m_result->setText(tr("Testing… nothing is sent: the test stops after checking the sender address."));
    StatusTone::apply(m_result, StatusTone::Tone::Information);
    m_apply->hide();
    m_certificate->hide();
    m_certificateArea->hide();
    m_insecure->hide();
    m_header->setText(tr("Testing <b>%1</b>, as a real send would go, step by step.")
                          .arg(UiText::serverTitle(m_settings).toHtmlEscaped()));

    m_test = new ConnectionTest(m_settings, this);
    if (!m_sender.isEmpty()) {
        m_test->setSender(m_sender);
    }
    if (m_probeDelay >= 0) {
        m_test->setTlsProbeDelay(m_probeDelay);
    }
    connect(m_test, &ConnectionTest::stepStarted, this, &ServerTestDialog::onStepStarted);
    connect(m_test, &ConnectionTest::stepFinished, this, &ServerTestDialog::onStepFinished);
    connect(m_test, &ConnectionTest::finished, this, &ServerTestDialog::onFinished);
    connect(m_test, &ConnectionTest::clientCreated, this, [this](SmtpClient *client) {
        connect(client, &SmtpClient::insecureAuthentication, this, [this](const QString &warning) {
            m_insecure->showMessage(MessageBanner::Kind::Warning, warning);
        });
    });
    m_test->start();
}

QTreeWidgetItem *ServerTestDialog::itemFor(ConnectionTest::StepId id)
{
    for (int i = m_steps->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(0, StepRole).toInt() == int(id)) {
            return item;
        }
    }
    auto *item = new QTreeWidgetItem(m_steps);
    item->setData(0, StepRole, int(id));
    item->setText(0, ConnectionTest::stepTitle(id));
    return item;
}

void ServerTestDialog::setItemState(QTreeWidgetItem *item, const QString &icon, const QString &state)
{
    item->setIcon(0, Icons::icon(icon));
    item->setData(0, StateRole, state);
    item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(item->text(0), state));
}

void ServerTestDialog::showStepResult(
    QTreeWidgetItem *item, bool ok, qint64 milliseconds, const QString &detail)
{
    setItemState(item, ok ? QStringLiteral("step-done") : QStringLiteral("step-failed"),
        ok ? tr("passed") : tr("failed"));
    item->setText(1, tr("%1 ms").arg(milliseconds));
    item->setText(2, detail);
    item->setToolTip(2, detail);
}

void ServerTestDialog::onStepStarted(ConnectionTest::StepId id)
{
    QTreeWidgetItem *item = itemFor(id);
    setItemState(item, QStringLiteral("step-running"), tr("running"));
    item->setText(2, tr("…"));
    m_steps->scrollToItem(item);
    if (id == ConnectionTest::StepId::Connect && m_test && m_test->client()) {
        // The client exists from this step on: record its session for "Show transcript".
        m_test->client()->setTranscript(m_transcript);
    }
}

void ServerTestDialog::onStepFinished(const ConnectionTest::Step &step)
{
    showStepResult(itemFor(step.id), step.ok, step.milliseconds, step.detail);
    if (m_test) {
        const SmtpTlsInfo tls = m_test->tlsInfo();
        if (tls.encrypted) {
            m_tls->setText(tr("%1, %2 (%3 bits); certificate for %4, issued by %5")
                               .arg(tls.protocol, tls.cipher)
                               .arg(tls.cipherBits)
                               .arg(SmtpTlsInfo::describeSubject(tls.peerCertificate),
                                   SmtpTlsInfo::describeIssuer(tls.peerCertificate)));
        }
        if (!m_test->capabilities().isEmpty()) {
            m_capabilities->setText(m_test->capabilities().toDisplayString());
        }
    }
}

void ServerTestDialog::onFinished(bool passed)
{
    m_finished = true;
    m_passed = passed;
    if (!m_test) {
        return;
    }
    m_diagnosis = m_test->diagnosis();
    if (!m_test->tlsInfo().encrypted) {
        m_tls->setText(m_settings.security == Smtp::Security::None ? tr("none: this account does not encrypt")
                                                                   : tr("not established"));
    }
    // A pass must not look like the failure it may follow.
    StatusTone::apply(m_result, passed ? StatusTone::Tone::Success : StatusTone::Tone::Failure);
    if (passed) {
        m_result->setText(
            tr("<b>Every step passed.</b> These settings work: messages from this account will go "
               "through %1.")
                .arg(UiText::serverTitle(m_settings).toHtmlEscaped()));
    } else {
        QString text = tr("<b>The test stopped.</b> %1").arg(m_diagnosis.message.toHtmlEscaped());
        const SmtpError &error = m_diagnosis.error;
        // A refused login's diagnosis quotes the reply already.
        if (error.reply().isValid() && !m_diagnosis.message.contains(error.reply().summary())) {
            text += tr("<br>The server said: <tt>%1</tt>").arg(error.reply().summary().toHtmlEscaped());
        }
        const bool certificate = error.code() == SmtpError::CertificateUntrusted
            || error.code() == SmtpError::CertificatePinMismatch;
        if (certificate && !error.certificateChain().isEmpty()) {
            m_certificate->setCertificate(
                m_settings.host, error.certificateChain().first(), error.sslErrors());
            m_certificate->show();
            m_certificateArea->show();
        } else if (m_diagnosis.signInAgain) {
            m_apply->setText(tr("Sign &in again…"));
            m_apply->show();
        } else if (m_diagnosis.hasSuggestion) {
            const QString change = UiText::describeChange(m_settings, m_diagnosis.suggested);
            if (!change.isEmpty()) {
                text += tr("<br>Suggested: %1.").arg(change.toHtmlEscaped());
                m_apply->setText(tr("&Apply suggested settings: %1").arg(change));
                m_apply->show();
            }
        } else if (m_diagnosis.needsLogin) {
            m_apply->setText(tr("&Add a user name and password"));
            m_apply->show();
        }
        m_result->setText(text);
    }
    m_result->setAccessibleDescription(diagnosisText());
    if (m_imapWanted) {
        startImap();
        return;
    }
    Q_EMIT testFinished(passed);
}

void ServerTestDialog::setImap(
    const ImapConnectionSettings &settings, const ImapSentCopyOptions &options, const QString &error)
{
    m_imapWanted = true;
    m_imapSettings = settings;
    m_imapOptions = options;
    m_imapError = error;
}

void ServerTestDialog::startImap()
{
    m_finished = false;
    auto *heading = new QTreeWidgetItem(m_steps);
    heading->setText(0,
        tr("Copy in the Sent folder (IMAP, %1)")
            .arg(m_imapSettings.host.isEmpty()
                    ? tr("no server")
                    : QStringLiteral("%1:%2").arg(m_imapSettings.host).arg(m_imapSettings.effectivePort())));
    heading->setFirstColumnSpanned(true);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    if (!m_imapError.isEmpty()) {
        QTreeWidgetItem *item = imapItemFor(ImapConnectionTest::StepId::Login);
        setItemState(item, QStringLiteral("step-failed"), tr("failed"));
        item->setText(2, m_imapError);
        onImapFinished(false);
        return;
    }
    m_imapTest = new ImapConnectionTest(m_imapSettings, this);
    m_imapTest->setSentFolder(m_imapOptions.discoverFolder, m_imapOptions.folder, m_imapOptions.createFolder);
    connect(m_imapTest, &ImapConnectionTest::stepStarted, this, [this](ImapConnectionTest::StepId id) {
        QTreeWidgetItem *item = imapItemFor(id);
        setItemState(item, QStringLiteral("step-running"), tr("running"));
        item->setText(2, tr("…"));
        m_steps->scrollToItem(item);
    });
    connect(
        m_imapTest, &ImapConnectionTest::stepFinished, this, [this](const ImapConnectionTest::Step &step) {
            showStepResult(imapItemFor(step.id), step.ok, step.milliseconds, step.detail);
        });
    connect(m_imapTest, &ImapConnectionTest::finished, this, &ServerTestDialog::onImapFinished);
    m_imapTest->start();
}

QTreeWidgetItem *ServerTestDialog::imapItemFor(ImapConnectionTest::StepId id)
{
    for (int i = m_steps->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(0, ImapStepRole).isValid() && item->data(0, ImapStepRole).toInt() == int(id)) {
            return item;
        }
    }
    auto *item = new QTreeWidgetItem(m_steps);
    item->setData(0, StepRole, -1);
    item->setData(0, ImapStepRole, int(id));
    item->setText(0, ImapConnectionTest::stepTitle(id));
    return item;
}

void ServerTestDialog::onImapFinished(bool passed)
{
    const bool smtpPassed = m_passed;
    m_finished = true;
    m_passed = smtpPassed && passed;
    QString text = m_result->text();
    if (passed) {
        const ImapSentFolder folder = m_imapTest ? m_imapTest->sentFolder() : ImapSentFolder();
        text += tr("<br><b>The Sent copy works too:</b> copies of sent messages go to “%1”.")
                    .arg(folder.name.toHtmlEscaped());
    } else {
        const QString why = m_imapTest ? m_imapTest->diagnosis().message : m_imapError;
        text += tr("<br><b>The Sent copy test stopped.</b> %1").arg(why.toHtmlEscaped());
        if (m_imapTest && m_imapTest->diagnosis().hasSuggestion) {
            const ImapConnectionSettings &next = m_imapTest->diagnosis().suggested;
            text += tr("<br>Suggested for IMAP: %1 on port %2.")
                        .arg(QString::fromLatin1(Smtp::securityName(next.security)))
                        .arg(next.effectivePort());
        }
    }
    StatusTone::apply(m_result, m_passed ? StatusTone::Tone::Success : StatusTone::Tone::Failure);
    m_result->setText(text);
    m_result->setAccessibleDescription(diagnosisText());
    Q_EMIT testFinished(m_passed);
}

void ServerTestDialog::applySuggestion()
{
    if (m_diagnosis.signInAgain) {
        Q_EMIT signInRequested();
        return;
    }
    if (m_diagnosis.needsLogin) {
        Q_EMIT loginRequested();
        close();
        return;
    }
    if (!m_diagnosis.hasSuggestion) {
        return;
    }
    SmtpConnectionSettings next = m_diagnosis.suggested;
    // The suggestion comes from the settings tested, secrets included; keep any the person changed since.
    next.credentials = m_settings.credentials;
    m_settings = next;
    Q_EMIT suggestedSettingsApplied(m_settings);
    start();
}

QStringList ServerTestDialog::stepLines() const
{
    QStringList lines;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_steps->topLevelItem(i);
        lines << QStringLiteral("%1 %2 — %3 — %4")
                     .arg(item->data(0, StateRole).toString(), item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

QString ServerTestDialog::diagnosisText() const
{
    return m_result->text();
}
