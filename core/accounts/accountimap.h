#pragma once

#include "imap/imapconnectionsettings.h"
#include "imap/imapsentcopy.h"
#include "smtp/smtp.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

struct Account;

// Where an account keeps the copies of the mail it sends: the IMAP server, how to reach it and log in, and
// which folder takes the copy (issue 16). A part of Account; without a server no copy is saved. The IMAP
// login defaults to the SMTP one, and so does its secret: the same keychain entry when the login is the same,
// else its own (SecretStore::Kind::ImapPassword). OAuth accounts use the same token for both protocols.
struct AccountImap
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(AccountImap)

public:
    // "Save a copy in": the Sent folder the server marks (or a well-known name), a folder named here, or no
    // copy at all (providers such as Gmail file what their SMTP server sends by themselves).
    enum class SentCopy { Auto, Folder, None };
    Q_ENUM(SentCopy)

    QString host; // empty: no IMAP server, no copy
    quint16 port = 0; // 0 follows the security: 993 or 143
    Smtp::Security security = Smtp::Security::Tls;
    QString user; // empty: the SMTP login
    SentCopy sentCopy = SentCopy::Auto;
    QString sentFolder; // SentCopy::Folder: the folder's name, as people see it

    bool isConfigured() const { return !host.isEmpty(); }
    // Why a copy owed by a message of 'accountName' cannot be saved when the account has no server (now).
    static QString noServerMessage(const QString &accountName);
    // A copy is saved after every send.
    bool savesCopy() const { return isConfigured() && sentCopy != SentCopy::None; }
    quint16 effectivePort() const { return port ? port : Imap::defaultPort(security); }
    // The login name: user, else the SMTP login of 'account'.
    QString loginUser(const Account &account) const;
    // Whether the IMAP login is the SMTP one, so the SMTP secret (password or token) logs in here too.
    bool sharesSmtpSecret(const Account &account) const;

    // What the sent-folder setting reads in the accounts file and on the command line: "auto", "none", or a
    // folder name (so a folder literally called "auto" or "none" cannot be named; RFC 6154 marks make that
    // rare). parse is false for an empty text.
    QString sentFolderSetting() const;
    bool setSentFolderSetting(const QString &text);

    // What ImapSentCopy and ImapConnectionTest need for this account. 'credentials' carries the secret
    // (SMTP's when sharesSmtpSecret(), else the IMAP password); its user is filled with loginUser(). TLS
    // extras come from the account: its CA file always, its pinned certificates only when the IMAP server is
    // the SMTP server (a pin is for one host). 'error' says why the CA file could not be read.
    ImapConnectionSettings toConnectionSettings(
        const Account &account, const SmtpCredentials &credentials = {}, QString *error = nullptr) const;

    // Where ImapSentCopy (and the server test) puts the copy: the folder the server marks \Sent (or a
    // well-known name, else "Sent", made when missing), or the folder named here.
    ImapSentCopyOptions copyOptions() const;

    // What makes these settings unusable, one sentence each (empty when fine, and when not configured).
    QStringList validate() const;

    // The accounts file's keys: imap-server, imap-port, imap-security, imap-user, sent-folder. read() is
    // Unknown for any other key; Bad with the sentence in 'problem'.
    enum class Read { Read, Bad, Unknown };
    Read readSetting(const QString &key, const QString &value, QString *problem);
    void writeSettings(const std::function<void(const char *key, const QString &value)> &put) const;

    bool operator==(const AccountImap &o) const
    {
        return host == o.host && port == o.port && security == o.security && user == o.user
            && sentCopy == o.sentCopy && sentFolder == o.sentFolder;
    }
    bool operator!=(const AccountImap &o) const { return !(*this == o); }
};
